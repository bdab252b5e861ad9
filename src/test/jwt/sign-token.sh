#!/usr/bin/env bash
# Makes an RSA key pair in DIR (jwt-private.pem, and jwt-public.pem for the service's
# mp.jwt.verify.publickey.location) and prints a bearer token signed with it, valid for an hour:
#   sign-token.sh DIR ISSUER AUDIENCE SUBJECT ROLE
# For checks against a packaged service, which trusts no development key.
set -euo pipefail
dir=$1 issuer=$2 audience=$3 subject=$4 role=$5
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem" 2>/dev/null
openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
chmod 644 "$dir/jwt-public.pem"
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
    "$issuer" "$audience" "$subject" "$role" "$now" "$((now + 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/jwt-private.pem" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
