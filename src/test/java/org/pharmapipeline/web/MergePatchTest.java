package org.pharmapipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("plain")
class MergePatchTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The examples of RFC 7396, appendix A: target, patch, result. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "{'a':'b'}|{'a':'c'}|{'a':'c'}",
                "{'a':'b'}|{'b':'c'}|{'a':'b','b':'c'}",
                "{'a':'b'}|{'a':null}|{}",
                "{'a':'b','b':'c'}|{'a':null}|{'b':'c'}",
                "{'a':['b']}|{'a':'c'}|{'a':'c'}",
                "{'a':'c'}|{'a':['b']}|{'a':['b']}",
                "{'a':{'b':'c'}}|{'a':{'b':'d','c':null}}|{'a':{'b':'d'}}",
                "{'a':[{'b':'c'}]}|{'a':[1]}|{'a':[1]}",
                "['a','b']|['c','d']|['c','d']",
                "{'a':'b'}|['c']|['c']",
                "{'a':'foo'}|null|null",
                "{'a':'foo'}|'bar'|'bar'",
                "{'e':null}|{'a':1}|{'e':null,'a':1}",
                "[1,2]|{'a':'b','c':null}|{'a':'b'}",
                "{}|{'a':{'bb':{'ccc':null}}}|{'a':{'bb':{}}}"
            })
    void shouldMergeAsRfc7396Says(String target, String patch, String result) throws Exception {
        assertEquals(json(result), MergePatch.apply(json(target), json(patch)));
    }

    record Owner(UUID id, String name) {}

    record Partner(UUID companyId, String role) {}

    record Candidate(String name, UUID ownerId, List<Partner> partners, List<String> codes) {}

    @Test
    void shouldTurnAResponseBackIntoTheRequestThatWouldRecreateIt() throws Exception {
        UUID owner = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000101");
        UUID partner = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000102");
        JsonNode response =
                json(
                        "{'id':'x','version':3,'name':'Ceplene','owner':{'id':'"
                                + owner
                                + "','name':'EpiCept'},'partners':[{'company':{'id':'"
                                + partner
                                + "','name':'Myriad'},'role':'Licensee'}],'codes':['EPC 2407'],"
                                + "'highestPhase':'FILED'}");
        assertEquals(
                json(
                        "{'name':'Ceplene','ownerId':'"
                                + owner
                                + "','partners':[{'companyId':'"
                                + partner
                                + "','role':'Licensee'}],'codes':['EPC 2407']}"),
                MergePatch.requestOf(response, Candidate.class));
    }

    record Company(UUID id, String name) {}

    record PartnerShown(Company company, String role) {}

    record CandidateShown(
            String id,
            long version,
            String name,
            Company owner,
            List<PartnerShown> partners,
            List<String> codes,
            String highestPhase) {}

    @Test
    void shouldReadARecordAsAReadShowsItAsItsRequestKeepingWhatNeitherShapeKnows()
            throws Exception {
        UUID owner = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000101");
        UUID partner = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000102");
        JsonNode shown =
                json(
                        "{'id':'x','version':3,'name':'Ceplene','owner':{'id':'"
                                + owner
                                + "','name':'EpiCept'},'partners':[{'company':{'id':'"
                                + partner
                                + "','name':'Myriad'},'role':'Licensee','share':1}],"
                                + "'codes':['EPC 2407'],'highestPhase':'FILED','colour':'red'}");
        assertEquals(
                json(
                        "{'name':'Ceplene','ownerId':'"
                                + owner
                                + "','partners':[{'companyId':'"
                                + partner
                                + "','role':'Licensee','share':1}],'codes':['EPC 2407'],"
                                + "'colour':'red'}"),
                MergePatch.inputOf((ObjectNode) shown, Candidate.class, CandidateShown.class));
    }

    @Test
    void shouldPassARequestThroughUnchanged() throws Exception {
        JsonNode request =
                json(
                        "{'name':'Ceplene','ownerId':'3f6c2a7e-0c1d-4a55-9a10-000000000101',"
                                + "'partners':[],'codes':null}");
        assertEquals(
                request,
                MergePatch.inputOf((ObjectNode) request, Candidate.class, CandidateShown.class));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }
}
