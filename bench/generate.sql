-- A synthetic drug pipeline at a chosen scale, in portable SQL: the same text runs on H2
-- (org.h2.tools.RunScript) and on PostgreSQL (psql). bench/generate.sh fills in the sizes:
--   {{P}} product candidates, {{E}} regulatory events; the other tables follow from P:
--   P/20 companies, P/100 sources (at least 50 each), about 3 indications per candidate,
--   P/5 orphan designations, 2P market estimates, P/2 clinical trials.
-- It runs on a migrated schema (the service creates it at its first start) and adds to what is
-- there; ids are fixed functions of a row number, so every run at one scale makes the same data
-- and the benchmark can name records: candidate n is a3000000-0000-4000-8000-<n, 12 digits>.
--
-- Distributions follow what public pipelines look like: most candidates are preclinical or in
-- phase 1, few are filed or approved (the candidate's stage), a candidate's other indications are
-- at its stage or behind it, small molecules and antibodies dominate, events span 1985 to 2027
-- with more of them in recent years, and events still to come are PENDING. Pseudo-random choices
-- are hashes of the row number (mod a prime), so no two attributes move together.

-- Sources: the documents every generated fact cites.
insert into source_document (id, version, created_at, updated_at, type, title, publisher,
                             published_on, url, reference, content_hash)
select cast('a1000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       (array['PRESS_RELEASE', 'PRESS_RELEASE', 'PRESS_RELEASE', 'PRESS_RELEASE', 'PRESS_RELEASE',
              'PRESS_RELEASE', 'SEC_FILING', 'SEC_FILING', 'REGULATOR_RECORD', 'PUBLICATION'])[1 + mod(n * 7, 10)],
       'Pipeline update ' || cast(n as varchar),
       (array['GlobeNewswire', 'Business Wire', 'PR Newswire', 'SEC EDGAR', 'EMA', 'FDA'])[1 + mod(n * 5, 6)],
       date '1995-01-01' + cast(mod(n * 2654435761, 11600) as integer),
       'https://news.example.com/releases/' || cast(n as varchar),
       null,
       'sha256:' || lpad(cast(n as varchar), 64, 'a')
from generate_series(cast(1 as bigint), {{S}}) g(n);

insert into company (id, version, created_at, updated_at, name, country, headquarters, description)
select cast('a2000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       (array['Al', 'Bel', 'Cor', 'Dar', 'El', 'Fa', 'Gen', 'Hel', 'Ix', 'Jo', 'Ky', 'Lu', 'Mer',
              'No', 'Ob', 'Pra', 'Qui', 'Ros', 'Sy', 'Tor', 'Ul', 'Ve', 'Wy', 'Xe', 'Yo', 'Zen'])[1 + mod(n * 7, 26)]
           || (array['vance', 'tera', 'gen', 'nova', 'bio', 'thera', 'medix', 'cure', 'pharm', 'genix'])[1 + mod(n * 13, 10)]
           || ' ' || (array['Therapeutics', 'Pharmaceuticals', 'Biosciences', 'Bio', 'Pharma',
                            'Biotherapeutics', 'Oncology', 'Medicines'])[1 + mod(n * 3, 8)]
           || ' ' || cast(n as varchar),
       (array['US', 'US', 'US', 'US', 'US', 'US', 'US', 'US', 'GB', 'GB', 'DE', 'FR', 'CH', 'JP',
              'CN', 'SE', 'DK', 'NL', 'KR', 'CA'])[1 + mod(n * 11, 20)],
       null, null
from generate_series(cast(1 as bigint), {{C}}) g(n);

-- Candidates. stage: the rank of the candidate's highest phase (1 preclinical .. 8 approved,
-- 0 unknown), shared with the indications below through the same formula, and stored as the
-- service stores it (the highest of the candidate's indications is the first, at its stage).
insert into product_candidate (id, version, created_at, updated_at, name, inn, owner_id, modality,
                               mechanism_of_action, status, description, highest_phase_rank)
select cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       code,
       case when (stage >= 4 or mod(n * 31, 10) < 2) and modality not in ('VACCINE', 'OTHER') then
           (array['ab', 'bre', 'cel', 'da', 'elo', 'fi', 'ga', 'ibr', 'lo', 'ma', 'ne', 'ola',
                  'pem', 'ri', 'so', 'te', 'u', 'vo', 'xa', 'zo'])[1 + mod(n * 17, 20)]
           || (array['li', 'ra', 'to', 'mi', 'ze', 'va', 'ro', 'ne', 'ci', 'pa'])[1 + mod(n * 23, 10)]
           || case modality
                  when 'SMALL_MOLECULE' then (array['tinib', 'lisib', 'ciclib', 'parib', 'stat', 'gliptin'])[1 + mod(n, 6)]
                  when 'ANTIBODY' then (array['zumab', 'umab', 'ximab', 'limab'])[1 + mod(n, 4)]
                  when 'ANTIBODY_DRUG_CONJUGATE' then 'tuzumab vedotin'
                  when 'PROTEIN' then (array['cept', 'ase', 'kin'])[1 + mod(n, 3)]
                  when 'PEPTIDE' then (array['glutide', 'tide', 'relin'])[1 + mod(n, 3)]
                  when 'CELL_THERAPY' then 'leucel'
                  when 'GENE_THERAPY' then 'gene vec'
                  else (array['rsen', 'siran'])[1 + mod(n, 2)]
              end
       end,
       cast('a2000000-0000-4000-8000-' || lpad(cast(owner as varchar), 12, '0') as uuid),
       modality,
       (array['EGFR inhibitor', 'PD-1 blocking antibody', 'JAK1 inhibitor', 'GLP-1 receptor agonist',
              'BTK inhibitor', 'CD19-directed therapy', 'HER2-directed therapy', 'PARP inhibitor',
              'KRAS G12C inhibitor', 'IL-23 blocking antibody', 'Histamine H2 receptor agonist',
              'Antisense oligonucleotide', 'CDK4/6 inhibitor', 'TNF-alpha blocker', 'Gene replacement'])[1 + mod(n * 19, 15)],
       case when stage >= 7 then 'ACTIVE'
            when mod(n * 37, 100) < 72 then 'ACTIVE'
            when mod(n * 37, 100) < 92 then 'DISCONTINUED'
            else 'SUSPENDED' end,
       null,
       stage
from (select n, code, stage, owner,
             case when mb < 45 then 'SMALL_MOLECULE' when mb < 65 then 'ANTIBODY'
                  when mb < 69 then 'ANTIBODY_DRUG_CONJUGATE' when mb < 76 then 'PROTEIN'
                  when mb < 81 then 'PEPTIDE' when mb < 86 then 'VACCINE'
                  when mb < 91 then 'CELL_THERAPY' when mb < 94 then 'GENE_THERAPY'
                  when mb < 98 then 'NUCLEIC_ACID' else 'OTHER' end modality
      from (select n,
                   (array['ABX', 'BNT', 'CTX', 'DVL', 'EPX', 'FGN', 'GLX', 'HZN', 'IMV', 'JNX', 'KRT',
                          'LXR', 'MRX', 'NVX', 'ORX', 'PFX', 'QLT', 'RGX', 'SNX', 'TAK', 'UCX', 'VRX',
                          'WYX', 'XEN', 'YMB', 'ZYM'])[1 + mod(n, 26)] || '-' || cast(1000 + n as varchar) code,
                   case when sb < 40 then 1 when sb < 62 then 2 when sb < 66 then 3 when sb < 82 then 4
                        when sb < 84 then 5 when sb < 91 then 6 when sb < 93 then 7 when sb < 99 then 8
                        else 0 end stage,
                   mod(mod(n * 2654435761, 1000003), 100) mb,
                   -- a fifth of the candidates belong to the largest 2% of companies
                   case when mod(n * 53, 5) = 0 then 1 + mod(n * 7919, {{C}} / 50 + 1)
                        else 1 + mod(n * 7919, {{C}}) end owner
            from (select n, mod(mod(n * 40503 + mod(n * n, 1000003), 1000003), 100) sb
                  from generate_series(cast(1 as bigint), {{P}}) g(n)) s) t) u;

insert into product_candidate_code (product_candidate_id, list_index, code)
select cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid), 0,
       (array['ABX', 'BNT', 'CTX', 'DVL', 'EPX', 'FGN', 'GLX', 'HZN', 'IMV', 'JNX', 'KRT', 'LXR', 'MRX',
              'NVX', 'ORX', 'PFX', 'QLT', 'RGX', 'SNX', 'TAK', 'UCX', 'VRX', 'WYX', 'XEN', 'YMB', 'ZYM'])[1 + mod(n, 26)]
           || cast(1000 + n as varchar)
from generate_series(cast(1 as bigint), {{P}}) g(n);

insert into product_candidate_area (product_candidate_id, list_index, area)
select cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid), 0,
       (array['Oncology', 'Oncology', 'Oncology', 'Oncology', 'Oncology', 'Oncology', 'Oncology',
              'Neurology', 'Neurology', 'Immunology', 'Immunology', 'Infectious diseases',
              'Cardiovascular', 'Metabolic diseases', 'Metabolic diseases', 'Rare diseases',
              'Rare diseases', 'Respiratory', 'Dermatology', 'Ophthalmology'])[1 + mod(n * 29, 20)]
from generate_series(cast(1 as bigint), {{P}}) g(n);

insert into product_candidate_partner (product_candidate_id, list_index, company_id, role)
select cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid), 0,
       cast('a2000000-0000-4000-8000-' || lpad(cast(1 + mod(n * 104729, {{C}}) as varchar), 12, '0') as uuid),
       (array['Co-development', 'Licensee outside the US', 'Commercialisation in Japan'])[1 + mod(n, 3)]
from generate_series(cast(1 as bigint), {{P}}) g(n)
where mod(n * 41, 10) = 0;

insert into product_candidate_citation (product_candidate_id, list_index, source_id, quote, locator)
select cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid), 0,
       cast('a1000000-0000-4000-8000-' || lpad(cast(1 + mod(n * 7919, {{S}}) as varchar), 12, '0') as uuid),
       'The company continues to advance its pipeline candidate ' || cast(1000 + n as varchar) || '.',
       'paragraph ' || cast(1 + mod(n, 9) as varchar)
from generate_series(cast(1 as bigint), {{P}}) g(n);

-- Indications: 1, 2, 3, 5 or 10 per candidate (3 on average), numbered 16n + x. The first is at
-- the candidate's stage, the others at most two phases behind it.
insert into indication (id, version, created_at, updated_at, product_candidate_id, disease_label,
                        mesh_id, icd10_code, efo_id, setting, phase, development_status, notes)
select cast('a4000000-0000-4000-8000-' || lpad(cast(16 * n + x as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid),
       (array['Acute myeloid leukaemia', 'Breast cancer', 'Non-small cell lung cancer', 'Melanoma',
              'Multiple myeloma', 'Alzheimer disease', 'Parkinson disease', 'Rheumatoid arthritis',
              'Psoriasis', 'Crohn disease', 'Ulcerative colitis', 'Type 2 diabetes mellitus', 'Obesity',
              'Heart failure', 'Hypertension', 'Asthma', 'Chronic obstructive pulmonary disease',
              'Atopic dermatitis', 'Multiple sclerosis', 'Amyotrophic lateral sclerosis',
              'Cystic fibrosis', 'Sickle cell anaemia', 'Haemophilia A',
              'Non-alcoholic steatohepatitis', 'HIV infection', 'Chronic hepatitis B', 'Influenza',
              'Prostate cancer', 'Pancreatic cancer', 'Glioblastoma',
              'Diffuse large B-cell lymphoma', 'Age-related macular degeneration', 'Migraine',
              'Major depressive disorder', 'Schizophrenia'])[1 + d],
       (array['D015470', 'D001943', 'D002289', 'D008545', 'D009101', 'D000544', 'D010300',
              'D001172', 'D011565', 'D003424', 'D003093', 'D003924', 'D009765', 'D006333',
              'D006973', 'D001249', 'D029424', 'D003876', 'D009103', 'D000690', 'D003550',
              'D000755', 'D006467', 'D065626', 'D015658', 'D019694', 'D007251', 'D011471',
              'D010190', 'D005909', 'D016403', 'D008268', 'D008881', 'D003865', 'D012559'])[1 + d],
       (array['C92.0', 'C50', 'C34', 'C43', 'C90.0', 'G30', 'G20', 'M06.9', 'L40', 'K50', 'K51',
              'E11', 'E66', 'I50', 'I10', 'J45', 'J44', 'L20', 'G35', 'G12.21', 'E84', 'D57',
              'D66', 'K75.81', 'B20', 'B18.1', 'J11', 'C61', 'C25', 'C71', 'C83.3', 'H35.3',
              'G43', 'F32', 'F20'])[1 + d],
       null,
       case when d in (0, 1, 2, 3, 4, 27, 28, 29, 30) then
           (array['First-line', 'Relapsed or refractory', 'Maintenance', 'Adjuvant'])[1 + mod(n + x, 4)]
       end,
       (array['UNKNOWN', 'PRECLINICAL', 'PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_2_3', 'PHASE_3',
              'FILED', 'APPROVED'])[1 + case when stage = 0 or x = 1 then stage
                                             else greatest(1, stage - mod(n * x * 7, 3)) end],
       case when mod(n * 43 + x, 100) < 70 then 'ACTIVE' when mod(n * 43 + x, 100) < 88 then 'DISCONTINUED'
            when mod(n * 43 + x, 100) < 93 then 'SUSPENDED' else 'UNKNOWN' end,
       null
from (select n, x, mod(n * 13 + x * 7, 35) d,
             case when sb < 40 then 1 when sb < 62 then 2 when sb < 66 then 3 when sb < 82 then 4
                  when sb < 84 then 5 when sb < 91 then 6 when sb < 93 then 7 when sb < 99 then 8
                  else 0 end stage
      from (select n, mod(mod(n * 40503 + mod(n * n, 1000003), 1000003), 100) sb,
                   case when mod(n * 97, 10) < 3 then 1 when mod(n * 97, 10) < 6 then 2
                        when mod(n * 97, 10) < 8 then 3 when mod(n * 97, 10) < 9 then 5 else 10 end k
            from generate_series(cast(1 as bigint), {{P}}) g(n)) s
      join generate_series(1, 10) h(x) on x <= k) t;

-- Orphan designations for a fifth of the candidates, in their first indication: EMA numbers
-- EU/3/YY/NNNN carry the designation year, FDA numbers DRU-YYYY-NNNNN; PMDA ones have none.
insert into orphan_designation (id, version, created_at, updated_at, agency, region,
                                designation_number, designated_condition, product_candidate_id,
                                indication_id, sponsor_id, designation_date, status, notes)
select cast('a5000000-0000-4000-8000-' || lpad(cast(d as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       agency,
       case agency when 'EMA' then 'EU' when 'FDA' then 'US' else 'JP' end,
       case agency
           when 'EMA' then 'EU/3/' || lpad(cast(mod(y, 100) as varchar), 2, '0') || '/' || lpad(cast(q + 1 as varchar), 4, '0')
           when 'FDA' then 'DRU-' || cast(y as varchar) || '-' || lpad(cast(q + 1 as varchar), 5, '0')
       end,
       (array['Acute myeloid leukaemia', 'Breast cancer', 'Non-small cell lung cancer', 'Melanoma',
              'Multiple myeloma', 'Alzheimer disease', 'Parkinson disease', 'Rheumatoid arthritis',
              'Psoriasis', 'Crohn disease', 'Ulcerative colitis', 'Type 2 diabetes mellitus', 'Obesity',
              'Heart failure', 'Hypertension', 'Asthma', 'Chronic obstructive pulmonary disease',
              'Atopic dermatitis', 'Multiple sclerosis', 'Amyotrophic lateral sclerosis',
              'Cystic fibrosis', 'Sickle cell anaemia', 'Haemophilia A',
              'Non-alcoholic steatohepatitis', 'HIV infection', 'Chronic hepatitis B', 'Influenza',
              'Prostate cancer', 'Pancreatic cancer', 'Glioblastoma',
              'Diffuse large B-cell lymphoma', 'Age-related macular degeneration', 'Migraine',
              'Major depressive disorder', 'Schizophrenia'])[1 + mod(n * 13 + 7, 35)],
       cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid),
       cast('a4000000-0000-4000-8000-' || lpad(cast(16 * n + 1 as varchar), 12, '0') as uuid),
       null,
       -- 1 January of year y, plus up to 359 days
       date '2000-01-01' + cast(365 * (y - 2000) + (y - 2000 + 3 - mod(y - 2000 + 3, 4)) / 4
                                + mod(d * 31, 360) as integer),
       case when mod(d * 17, 100) < 80 then 'DESIGNATED' when mod(d * 17, 100) < 90 then 'WITHDRAWN'
            when mod(d * 17, 100) < 95 then 'EXPIRED' else 'REFUSED' end,
       null
from (select d, cast(1 + mod(d * 7919, {{P}}) as bigint) n, 2000 + mod(d * 7, 25) y, d / 25 q,
             case when mod(d * 13, 100) < 45 then 'EMA' when mod(d * 13, 100) < 95 then 'FDA'
                  else 'PMDA' end agency
      from generate_series(cast(1 as bigint), {{D}}) g(d)) t;

-- Regulatory events: E / P per candidate, dated from 1985 to the end of 2027 with more in recent years;
-- the type fits the agency, events after today are expected and PENDING, and some are known to
-- the month only.
insert into regulatory_event (id, version, created_at, updated_at, product_candidate_id,
                              indication_id, agency, procedure_name, type, outcome, event_date,
                              date_precision, expected, description)
select cast('a6000000-0000-4000-8000-' || lpad(cast(e as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid),
       case when mod(e * 11, 10) < 6 then
           cast('a4000000-0000-4000-8000-' || lpad(cast(16 * n + 1 as varchar), 12, '0') as uuid)
       end,
       agency,
       case when agency in ('EMA', 'CHMP', 'EC') then 'EMEA/H/C/' || lpad(cast(100 + mod(n, 9000) as varchar), 6, '0')
            when agency = 'FDA' then 'NDA ' || cast(200000 + mod(n, 800000) as varchar) end,
       type,
       case when expected then 'PENDING'
            when type = 'APPROVAL' then 'POSITIVE'
            when type in ('REFUSAL', 'COMPLETE_RESPONSE_LETTER') then 'NEGATIVE'
            when type in ('CHMP_OPINION', 'CHMP_TREND_VOTE', 'RE_EXAMINATION_OPINION', 'EC_DECISION',
                          'ADVISORY_COMMITTEE') then
                case when mod(e * 59, 100) < 80 then 'POSITIVE' else 'NEGATIVE' end
            else 'NOT_APPLICABLE' end,
       case when monthly then event_day - (cast(extract(day from event_day) as integer) - 1) else event_day end,
       case when monthly then 'MONTH' else 'DAY' end,
       expected,
       (array['ABX', 'BNT', 'CTX', 'DVL', 'EPX', 'FGN', 'GLX', 'HZN', 'IMV', 'JNX', 'KRT', 'LXR', 'MRX',
              'NVX', 'ORX', 'PFX', 'QLT', 'RGX', 'SNX', 'TAK', 'UCX', 'VRX', 'WYX', 'XEN', 'YMB', 'ZYM'])[1 + mod(n, 26)]
           || '-' || cast(1000 + n as varchar) || ': ' || lower(replace(type, '_', ' '))
           || ' (' || agency || ')'
from (select e, n, agency, event_day, expected,
             mod(e * 67, 100) < case when expected then 50 else 8 end monthly,
             case agency
                 when 'FDA' then (array['NDA_SUBMITTED', 'BLA_SUBMITTED', 'PDUFA_DATE', 'ADVISORY_COMMITTEE',
                                        'APPROVAL', 'COMPLETE_RESPONSE_LETTER', 'ORPHAN_DESIGNATION_GRANTED',
                                        'SCIENTIFIC_ADVICE'])[1 + mod(e * 71, 8)]
                 when 'EMA' then (array['MAA_SUBMITTED', 'MAA_VALIDATED', 'SCIENTIFIC_ADVICE',
                                        'APPLICATION_WITHDRAWN'])[1 + mod(e * 71, 4)]
                 when 'CHMP' then (array['CHMP_LIST_OF_QUESTIONS', 'CHMP_ORAL_EXPLANATION', 'CHMP_TREND_VOTE',
                                         'CHMP_OPINION', 'CHMP_OPINION', 'RE_EXAMINATION_REQUESTED',
                                         'RE_EXAMINATION_OPINION', 'CHMP_LIST_OF_QUESTIONS'])[1 + mod(e * 71, 8)]
                 when 'EC' then 'EC_DECISION'
                 when 'COMP' then 'ORPHAN_DESIGNATION_GRANTED'
                 else (array['MAA_SUBMITTED', 'APPROVAL', 'APPROVAL', 'REFUSAL', 'OTHER'])[1 + mod(e * 71, 5)]
             end type
      from (select e, n, agency, event_day, event_day > current_date expected
            from (select e, cast(1 + mod(e * 7919, {{P}}) as bigint) n,
                         (array['FDA', 'FDA', 'FDA', 'FDA', 'FDA', 'EMA', 'EMA', 'EMA', 'CHMP', 'CHMP',
                                'CHMP', 'EC', 'EC', 'COMP', 'PMDA', 'PMDA', 'MHRA', 'HEALTH_CANADA',
                                'NMPA', 'TGA'])[1 + mod(e * 43, 20)] agency,
                         date '1985-01-01'
                             + cast(sqrt(mod(e * 2654435761, 1000003) / 1000003.0) * 15700 as integer) event_day
                  from generate_series(cast({{E_FROM}} as bigint), {{E_TO}}) g(e)) a) b) c;

insert into regulatory_event_citation (regulatory_event_id, list_index, source_id, quote, locator)
select cast('a6000000-0000-4000-8000-' || lpad(cast(e as varchar), 12, '0') as uuid), 0,
       cast('a1000000-0000-4000-8000-' || lpad(cast(1 + mod(e * 7919, {{S}}) as varchar), 12, '0') as uuid),
       'The company announced the regulatory milestone today.',
       null
from generate_series(cast({{E_FROM}} as bigint), {{E_TO}}) g(e);

-- Market estimates: two figures per candidate, money in USD, EUR or JPY, patients or a rate.
insert into market_estimate (id, version, created_at, updated_at, product_candidate_id,
                             indication_id, metric, region, amount, amount_high, qualifier,
                             currency, unit, period, stated_on, basis)
select cast('a7000000-0000-4000-8000-' || lpad(cast(m as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid),
       cast('a4000000-0000-4000-8000-' || lpad(cast(16 * n + 1 as varchar), 12, '0') as uuid),
       metric,
       (array['US', 'US', 'US', 'US', 'EU', 'EU', 'EU', 'WW', 'WW', 'JP'])[1 + mod(m * 3, 10)],
       amount,
       case when qualifier = 'RANGE' then amount * 2 end,
       qualifier,
       case when metric in ('MARKET_OPPORTUNITY', 'PEAK_SALES', 'SALES') then
           (array['USD', 'USD', 'USD', 'USD', 'USD', 'USD', 'USD', 'EUR', 'EUR', 'JPY'])[1 + mod(m * 7, 10)] end,
       case metric when 'PREVALENCE' then 'PATIENTS' when 'INCIDENCE' then 'NEW_CASES_PER_YEAR'
                   when 'REMISSION_RATE' then 'PERCENT' end,
       case metric when 'PREVALENCE' then 'POINT_IN_TIME' when 'REMISSION_RATE' then 'UNSPECIFIED'
                   when 'SALES' then 'ANNUAL' when 'INCIDENCE' then 'ANNUAL'
                   else case when mod(m, 5) = 0 then 'CUMULATIVE' else 'ANNUAL' end end,
       date '2000-01-01' + cast(mod(m * 2654435761, 9800) as integer),
       'Company estimate in an investor presentation'
from (select m, n, metric, qualifier,
             cast(case metric
                      when 'PREVALENCE' then (1 + mod(m * 89, 999)) * 100
                      when 'INCIDENCE' then (1 + mod(m * 89, 999)) * 10
                      when 'REMISSION_RATE' then 10 + mod(m * 89, 40)
                      else cast(1 + mod(m * 89, 99) as decimal(20, 4)) * (array[1000000, 10000000, 100000000, 1000000000])[1 + mod(m * 5, 4)]
                  end as decimal(20, 4)) amount
      from (select m, cast(1 + mod(m * 7919, {{P}}) as bigint) n,
                   (array['MARKET_OPPORTUNITY', 'MARKET_OPPORTUNITY', 'PEAK_SALES', 'PEAK_SALES', 'PEAK_SALES',
                          'SALES', 'PREVALENCE', 'PREVALENCE', 'INCIDENCE', 'REMISSION_RATE'])[1 + mod(m * 13, 10)] metric,
                   (array['APPROX', 'APPROX', 'APPROX', 'APPROX', 'APPROX', 'GT', 'GT', 'EQ', 'EQ', 'RANGE'])[1 + mod(m * 17, 10)] qualifier
            from generate_series(cast(1 as bigint), {{M}}) g(m)) s) t;

-- Clinical trials: one for every other candidate, at its stage (phase 1 at least); finished ones
-- have read out.
insert into clinical_trial (id, version, created_at, updated_at, product_candidate_id, indication_id,
                            title, registry_id, phase, status, design, enrollment, country_count,
                            primary_endpoint, primary_endpoint_met, readout_date, readout_precision,
                            publication, lead_investigator)
select cast('a8000000-0000-4000-8000-' || lpad(cast(t as varchar), 12, '0') as uuid), 0,
       current_timestamp, current_timestamp,
       cast('a3000000-0000-4000-8000-' || lpad(cast(n as varchar), 12, '0') as uuid),
       cast('a4000000-0000-4000-8000-' || lpad(cast(16 * n + 1 as varchar), 12, '0') as uuid),
       'A ' || lower(replace(phase, '_', ' ')) || ' study of candidate ' || cast(1000 + n as varchar),
       'NCT' || lpad(cast(t as varchar), 8, '0'),
       phase,
       status,
       'Randomised, double-blind, placebo-controlled',
       case phase when 'PHASE_1' then 20 + mod(t * 7, 60) when 'PHASE_2' then 80 + mod(t * 7, 200)
                  else 300 + mod(t * 7, 900) end,
       1 + mod(t * 3, 20),
       'Overall survival',
       case when status = 'COMPLETED' then mod(t * 29, 100) < 65 end,
       case when status in ('COMPLETED', 'TERMINATED') then date '2000-01-01' + cast(mod(t * 2654435761, 9500) as integer) end,
       case when status in ('COMPLETED', 'TERMINATED') then 'DAY' end,
       null, null
from (select t, n,
             (array['UNKNOWN', 'PHASE_1', 'PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_2_3', 'PHASE_3',
                    'PHASE_3', 'PHASE_3'])[1 + stage] phase,
             (array['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'RECRUITING',
                    'RECRUITING', 'ACTIVE_NOT_RECRUITING', 'TERMINATED', 'NOT_YET_RECRUITING'])[1 + mod(t * 31, 10)] status
      from (select t, n,
                   case when sb < 40 then 1 when sb < 62 then 2 when sb < 66 then 3 when sb < 82 then 4
                        when sb < 84 then 5 when sb < 91 then 6 when sb < 93 then 7 when sb < 99 then 8
                        else 0 end stage
            from (select t, n, mod(mod(n * 40503 + mod(n * n, 1000003), 1000003), 100) sb
                  from (select t, cast(1 + mod(t * 7919, {{P}}) as bigint) n from generate_series(cast(1 as bigint), {{T}}) g(t)) a) b) c) u;
