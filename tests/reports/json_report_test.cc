// The audit JSON: SPEC.md's shape, validated against reports/audit.schema.json.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "reports/audit_report.h"
#include "engine/core/claim_json.h"
#include "tests/reports/json_schema_validator.h"
#include "tests/reports/sample_report.h"

namespace sangati {
namespace {

using testing::ValidateJsonSchema;

nlohmann::json LoadSchema() {
  std::ifstream in(std::string(SANGATI_SOURCE_DIR) + "/reports/audit.schema.json");
  EXPECT_TRUE(in.good());
  return nlohmann::json::parse(in);
}

std::string Joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) out += e + "\n";
  return out;
}

TEST(AuditJsonTest, StoryReportMatchesTheSchema) {
  testing::SampleReport s = testing::StoryReport();
  nlohmann::json j = AuditJson(s.View());
  std::vector<std::string> errors = ValidateJsonSchema(LoadSchema(), j);
  EXPECT_TRUE(errors.empty()) << Joined(errors);
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["documents"].size(), s.documents.size());
  EXPECT_EQ(j["claims"].size(), s.claims.size());
  EXPECT_EQ(j["findings"].size(), s.findings.size());
  EXPECT_EQ(j["skipped"][0]["path"], "stories/broken.json");
}

TEST(AuditJsonTest, HostileReportMatchesTheSchema) {
  testing::SampleReport s = testing::HostileReport(std::string(SANGATI_SOURCE_DIR) +
                                                   "/fixtures/hostile");
  // Dumping must not throw on anything an article holds, and must parse back.
  const std::string text = DumpAuditJson(s.View());
  nlohmann::json j = nlohmann::json::parse(text);
  std::vector<std::string> errors = ValidateJsonSchema(LoadSchema(), j);
  EXPECT_TRUE(errors.empty()) << Joined(errors);
  EXPECT_EQ(j["documents"][0]["outlet"], nullptr);
  EXPECT_EQ(j["documents"][1]["outlet"], "Hostile <b>Times</b>");
}

TEST(AuditJsonTest, FindingsReferToClaimsAndGroupsPartitionThem) {
  testing::SampleReport s = testing::StoryReport();
  nlohmann::json j = AuditJson(s.View());
  std::set<std::string> ids;
  for (const auto& c : j["claims"]) EXPECT_TRUE(ids.insert(c["id"].get<std::string>()).second);
  std::set<std::string> doc_ids;
  for (const auto& d : j["documents"]) doc_ids.insert(d["id"].get<std::string>());
  for (const auto& c : j["claims"]) EXPECT_TRUE(doc_ids.count(c["document"].get<std::string>()));
  for (const auto& f : j["findings"]) {
    std::multiset<std::string> in_groups;
    for (const auto& g : f["groups"]) {
      for (const auto& id : g) in_groups.insert(id.get<std::string>());
    }
    std::multiset<std::string> claims;
    for (const auto& id : f["claims"]) {
      claims.insert(id.get<std::string>());
      EXPECT_TRUE(ids.count(id.get<std::string>())) << id;
    }
    EXPECT_EQ(in_groups, claims) << f["id"];
    EXPECT_EQ(f["groups"].size(), f["positions"].size());
  }
}

TEST(AuditJsonTest, ClaimShape) {
  Claim c;
  c.id = "a.txt#c1";
  c.document = "a.txt";
  c.rule = "bn.casualty.injured";
  c.kind = "quantity";
  c.subject = "injured";
  c.value = Quantity{40, std::nullopt, false, "people"};
  c.source = SourceRef{"", "পুলিশ"};
  c.evidence.text = "অন্তত ৪০ জন আহত";
  c.evidence.sentence_text = "সংঘর্ষে অন্তত ৪০ জন আহত হয়েছেন।";
  c.evidence.line = 6;
  EXPECT_EQ(ClaimToJson(c), nlohmann::json::parse(R"({
    "id": "a.txt#c1", "document": "a.txt", "rule": "bn.casualty.injured",
    "kind": "quantity", "subject": "injured",
    "value": {"min": 40, "max": null, "approximate": false, "unit": "people"},
    "when": null, "source": {"id": null, "name": "পুলিশ"}, "modality": "asserted",
    "evidence": {"text": "অন্তত ৪০ জন আহত", "sentence": "সংঘর্ষে অন্তত ৪০ জন আহত হয়েছেন।", "line": 6}
  })"));
  Claim d;
  d.id = "b#c2";
  d.kind = "date";
  d.subject = "meeting:kim_jong_un+vladimir_putin";
  d.when = TimeRef{"2023-09-13", "", "১৩ সেপ্টেম্বর"};
  d.modality = Modality::kHedged;
  d.fields = {{"participants", "kim_jong_un,vladimir_putin"}, {"event", "meeting"}};
  nlohmann::json j = ClaimToJson(d);
  EXPECT_EQ(j["value"], nullptr);
  EXPECT_EQ(j["when"], nlohmann::json::parse(R"({"from": "2023-09-13", "to": null, "text": "১৩ সেপ্টেম্বর"})"));
  EXPECT_EQ(j["modality"], "hedged");
  EXPECT_EQ(j["fields"]["participants"], "kim_jong_un,vladimir_putin");
  d.value = std::string("meeting");
  EXPECT_EQ(ClaimToJson(d)["value"], "meeting");
  EXPECT_FALSE(ClaimToJson(c).contains("fields"));
  // As `sangati extract` prints them: whole numbers as integers, empty
  // subject and unit as null, fractions as they are.
  EXPECT_EQ(ClaimToJson(c).dump().find("40.0"), std::string::npos);
  c.subject.clear();
  c.value = Quantity{41.8, 41.8, false, ""};
  EXPECT_EQ(ClaimToJson(c)["subject"], nullptr);
  EXPECT_EQ(ClaimToJson(c)["value"],
            nlohmann::json::parse(R"({"min": 41.8, "max": 41.8, "approximate": false, "unit": null})"));
}

TEST(AuditJsonTest, InvalidUtf8IsReplacedNotThrown) {
  std::vector<Document> docs(1);
  docs[0].id = docs[0].path = "bad.txt";
  docs[0].title = "broken \xE0\xA6 title";
  std::vector<Skipped> skipped;
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  AuditReport r{&docs, &skipped, &claims, &findings, {}};
  std::string text;
  ASSERT_NO_THROW(text = DumpAuditJson(r));
  EXPECT_NE(text.find("broken \xEF\xBF\xBD title"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
}

// The validator itself must be able to fail, or the tests above prove nothing.
TEST(JsonSchemaValidatorTest, RejectsWhatTheSchemaForbids) {
  const nlohmann::json schema = LoadSchema();
  testing::SampleReport s = testing::StoryReport();
  const nlohmann::json good = AuditJson(s.View());
  ASSERT_TRUE(ValidateJsonSchema(schema, good).empty());

  nlohmann::json j = good;
  j.erase("version");
  EXPECT_EQ(ValidateJsonSchema(schema, j), std::vector<std::string>{"/: missing required \"version\""});
  j = good;
  j["version"] = 2;
  EXPECT_EQ(ValidateJsonSchema(schema, j), std::vector<std::string>{"/version: expected 1"});
  j = good;
  j["claims"][0]["modality"] = "maybe";
  EXPECT_EQ(ValidateJsonSchema(schema, j).size(), 1u);
  j = good;
  j["claims"][0]["value"] = {{"min", "forty"}, {"max", nullptr}, {"approximate", false}, {"unit", "people"}};
  EXPECT_FALSE(ValidateJsonSchema(schema, j).empty());
  j = good;
  j["claims"][0]["colour"] = "red";
  EXPECT_FALSE(ValidateJsonSchema(schema, j).empty());
  j = good;
  j["findings"][0]["verdict"] = "maybe";
  EXPECT_FALSE(ValidateJsonSchema(schema, j).empty());
  j = good;
  j["findings"][0]["groups"][0] = nlohmann::json::array();
  EXPECT_FALSE(ValidateJsonSchema(schema, j).empty());
  j = good;
  j["documents"][0]["language"] = "fr";
  EXPECT_FALSE(ValidateJsonSchema(schema, j).empty());
  j = good;
  j["claims"][0]["evidence"]["line"] = 1.5;
  EXPECT_FALSE(ValidateJsonSchema(schema, j).empty());
  j = good;
  j["findings"][0]["id"] = "finding-1";  // the schema's pattern is ^f[0-9]+$
  EXPECT_EQ(ValidateJsonSchema(schema, j),
            std::vector<std::string>{"/findings/0/id: \"finding-1\" does not match \"^f[0-9]+$\""});
  EXPECT_EQ(ValidateJsonSchema(nlohmann::json::parse(R"({"type": "string", "format": "date"})"),
                               "x"),
            std::vector<std::string>{"/: unsupported keyword format"});
}

}  // namespace
}  // namespace sangati
