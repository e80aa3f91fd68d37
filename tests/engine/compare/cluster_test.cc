// The story clusters of fixtures/clusters: articles in Bengali and English
// from several outlets, with hand-annotated claims (what a rule pack should
// extract). Compare must make exactly the expected findings, with the
// clusters of all four stories compared in one run, and none of the traps.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "engine/compare/compare.h"
#include "nlohmann/json.hpp"

namespace sangati {
namespace {

const char* const kClusters[] = {"budget", "cyclone", "election", "fire"};

nlohmann::json ReadJson(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  return nlohmann::json::parse(in);
}

std::optional<double> Number(const nlohmann::json& v) {
  return v.is_null() ? std::nullopt : std::optional<double>(v.get<double>());
}

struct Corpus {
  std::vector<Document> docs;
  std::vector<Claim> claims;
  std::vector<Entity> entities;
  std::map<std::string, uint32_t> doc_of_record;  // "cy1" -> index
  std::vector<std::pair<std::string, nlohmann::json>> expect;  // cluster, expectation
};

// The sentence around [at, at+len): from after the previous '।', '.', '?',
// '!' or line break to the next one.
Span SentenceAround(const std::string& text, size_t at, size_t len) {
  static const std::string kDanda = "\xE0\xA5\xA4";
  size_t begin = 0;
  for (const std::string& stop : {kDanda, std::string(". "), std::string("\n")}) {
    size_t p = text.rfind(stop, at);
    if (p != std::string::npos && p + stop.size() <= at) begin = std::max(begin, p + stop.size());
  }
  size_t end = text.size();
  for (const std::string& stop : {kDanda, std::string("."), std::string("\n")}) {
    size_t p = text.find(stop, at + len);
    if (p != std::string::npos) end = std::min(end, p + (stop == "\n" ? 0 : stop.size()));
  }
  return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

Corpus Load() {
  Corpus c;
  const std::string root = std::string(SANGATI_SOURCE_DIR) + "/fixtures/clusters/";
  for (const char* cluster : kClusters) {
    const std::string path = root + cluster + "/articles.json";
    for (const nlohmann::json& r : ReadJson(path)) {
      Document d;
      const std::string id = r["id"];
      d.id = "fixtures/clusters/" + std::string(cluster) + "/articles.json#" + id;
      d.path = path;
      d.outlet = r["paper_name"].get<std::string>();
      std::string published = r["publication_date"];
      published[10] = 'T';
      d.published = published;
      d.title = r["headline"];
      d.text = r["article"];
      d.language = ParseLanguage(r["source_language"].get<std::string>());
      c.doc_of_record[id] = static_cast<uint32_t>(c.docs.size());
      c.docs.push_back(std::move(d));
    }
    const nlohmann::json ann = ReadJson(root + "annotations/" + cluster + ".json");
    for (const nlohmann::json& e : ann["entities"]) {
      Entity entity;
      entity.id = e["id"];
      entity.type = e["type"];
      entity.names = e["names"].get<std::vector<std::string>>();
      for (const nlohmann::json& f : e["facts"]) {
        entity.facts.push_back({f["relation"], f["object"], f.value("since", ""), f.value("until", "")});
      }
      entity.file = "fixtures/clusters/annotations/" + std::string(cluster) + ".json";
      c.entities.push_back(std::move(entity));
    }
    for (const nlohmann::json& a : ann["claims"]) {
      Claim claim;
      const uint32_t doc = c.doc_of_record.at(a["doc"].get<std::string>());
      const Document& d = c.docs[doc];
      const std::string text = a["text"];
      const size_t at = d.text.find(text);
      EXPECT_NE(at, std::string::npos) << text;
      if (at == std::string::npos) continue;
      claim.id = d.id + "#c" + std::to_string(c.claims.size() + 1);
      claim.document = d.id;
      claim.document_index = doc;
      claim.rule = std::string("annotation.") + cluster;
      claim.kind = a["kind"];
      claim.subject = a["subject"];
      if (a.contains("value") && a["value"].is_object()) {
        const nlohmann::json& v = a["value"];
        claim.value = Quantity{Number(v["min"]), Number(v["max"]), v["approximate"], v["unit"]};
      } else if (a.contains("value")) {
        claim.value = a["value"].get<std::string>();
      }
      if (a.contains("when")) claim.when = TimeRef{a["when"]["from"], a["when"]["to"], a["when"]["text"]};
      if (a.contains("source")) claim.source = SourceRef{a["source"]["id"], a["source"]["name"]};
      const std::string modality = a.value("modality", "asserted");
      claim.modality = modality == "hedged"   ? Modality::kHedged
                       : modality == "denied" ? Modality::kDenied
                                              : Modality::kAsserted;
      if (a.contains("fields")) {
        for (const auto& [k, v] : a["fields"].items()) claim.fields[k] = v.get<std::string>();
      }
      claim.evidence.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + text.size())};
      claim.evidence.sentence = SentenceAround(d.text, at, text.size());
      claim.evidence.text = text;
      claim.evidence.sentence_text = d.Slice(claim.evidence.sentence);
      claim.evidence.line = 1;
      c.claims.push_back(std::move(claim));
    }
    for (const nlohmann::json& e : ann["expect"]) c.expect.emplace_back(cluster, e);
  }
  return c;
}

std::string RecordOf(const std::string& doc_id) { return doc_id.substr(doc_id.rfind('#') + 1); }

TEST(ClusterTest, ExactlyThePlantedFindings) {
  Corpus c = Load();
  ASSERT_EQ(c.docs.size(), 16u);
  ASSERT_EQ(c.claims.size(), 45u);
  std::vector<Finding> findings = CompareClaims(c.docs, c.claims, c.entities, CompareOptions());
  std::vector<bool> matched(c.expect.size(), false);
  for (const Finding& f : findings) {
    std::set<std::string> docs;
    for (size_t i : f.claims) docs.insert(RecordOf(c.claims[i].document));
    bool found = false;
    for (size_t e = 0; e < c.expect.size(); ++e) {
      const nlohmann::json& x = c.expect[e].second;
      if (matched[e] || x["topic"] != f.topic || x["verdict"] != f.verdict) continue;
      found = matched[e] = true;
      SCOPED_TRACE(c.expect[e].first + ": " + f.topic);
      EXPECT_EQ(x["subtype"].is_null() ? std::string() : x["subtype"].get<std::string>(), f.subtype);
      EXPECT_EQ(x["docs"].get<std::set<std::string>>(), docs);
      for (const nlohmann::json& part : x.value("explanation_contains", nlohmann::json::array())) {
        EXPECT_NE(f.explanation.find(part.get<std::string>()), std::string::npos)
            << "explanation: " << f.explanation << "\nmissing: " << part.get<std::string>();
      }
      break;
    }
    EXPECT_TRUE(found) << "unexpected finding: " << f.verdict << " " << f.topic << ": "
                       << f.explanation;
  }
  for (size_t e = 0; e < c.expect.size(); ++e) {
    EXPECT_TRUE(matched[e]) << "missing finding (" << c.expect[e].first
                            << "): " << c.expect[e].second.dump();
  }
}

// Every trap in the annotations is a claim that must stay out of all findings.
TEST(ClusterTest, TrapsStayOutOfFindings) {
  Corpus c = Load();
  std::vector<Finding> findings = CompareClaims(c.docs, c.claims, c.entities, CompareOptions());
  std::set<size_t> in_findings;
  for (const Finding& f : findings) in_findings.insert(f.claims.begin(), f.claims.end());
  size_t traps = 0, index = 0;
  const std::string root = std::string(SANGATI_SOURCE_DIR) + "/fixtures/clusters/annotations/";
  for (const char* cluster : kClusters) {
    const nlohmann::json ann = ReadJson(root + cluster + ".json");
    for (const nlohmann::json& a : ann["claims"]) {
      if (a.contains("note")) {
        ++traps;
        EXPECT_FALSE(in_findings.count(index)) << a["note"] << ": " << a["text"];
      }
      ++index;
    }
  }
  EXPECT_EQ(traps, 7u);
}

}  // namespace
}  // namespace sangati
