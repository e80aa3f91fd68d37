#include "tests/reports/sample_report.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "nlohmann/json.hpp"

namespace sangati::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "sample_report: cannot read %s\n", path.c_str());
    std::abort();
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool EndsSentence(std::string_view text, size_t i, size_t* len) {
  static constexpr std::string_view kDanda = "\xE0\xA5\xA4";  // ।
  if (text.substr(i, kDanda.size()) == kDanda) {
    *len = kDanda.size();
    return true;
  }
  *len = 1;
  char c = text[i];
  return c == '\n' || ((c == '.' || c == '!' || c == '?') &&
                       (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
}

}  // namespace

uint32_t SampleReport::AddDocument(std::string path, std::string text,
                                   std::optional<std::string> outlet,
                                   std::optional<std::string> published, Language language,
                                   std::string title) {
  Document d;
  d.id = path;
  d.path = std::move(path);
  if (title.empty()) title = text.substr(0, text.find('\n'));
  d.title = std::move(title);
  d.text = std::move(text);
  d.outlet = std::move(outlet);
  d.published = std::move(published);
  d.language = language;
  documents.push_back(std::move(d));
  return static_cast<uint32_t>(documents.size() - 1);
}

Claim& SampleReport::ClaimAt(uint32_t doc, std::string_view needle, std::string kind,
                             std::string subject) {
  const Document& d = documents.at(doc);
  const size_t at = d.text.find(needle);
  if (at == std::string::npos) {
    std::fprintf(stderr, "sample_report: \"%.*s\" not in %s\n", static_cast<int>(needle.size()),
                 needle.data(), d.path.c_str());
    std::abort();
  }
  std::string_view text = d.text;
  size_t begin = 0;
  for (size_t i = at; i > 0; --i) {
    size_t len = 0;
    if (EndsSentence(text, i - 1, &len) && i - 1 + len <= at) {
      begin = i - 1 + len;
      break;
    }
  }
  while (begin < at && text[begin] == ' ') ++begin;
  size_t end = text.size();
  for (size_t i = at + needle.size(); i < text.size(); ++i) {
    size_t len = 0;
    if (EndsSentence(text, i, &len)) {
      end = text[i] == '\n' ? i : i + len;
      break;
    }
  }
  Claim c;
  c.id = d.id + "#c" + std::to_string(claims.size() + 1);
  c.document = d.id;
  c.document_index = doc;
  c.rule = "sample." + kind;
  c.kind = std::move(kind);
  c.subject = std::move(subject);
  c.evidence.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  c.evidence.sentence = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  c.evidence.text = std::string(needle);
  c.evidence.sentence_text = std::string(text.substr(begin, end - begin));
  c.evidence.line = 1;
  for (size_t i = 0; i < at; ++i) c.evidence.line += text[i] == '\n';
  claims.push_back(std::move(c));
  return claims.back();
}

void SampleReport::Compare() { findings = CompareClaims(documents, claims, entities, {}); }

AuditReport SampleReport::View() const {
  AuditReport r;
  r.documents = &documents;
  r.skipped = &skipped;
  r.claims = &claims;
  r.findings = &findings;
  r.run.tool = "sangati (test report)";
  r.run.rules_version = "hand-built claims";
  return r;
}

SampleReport StoryReport() {
  SampleReport s;
  Entity kcna;
  kcna.id = "kcna";
  kcna.type = "news_agency";
  kcna.names = {"KCNA", "কেসিএনএ", "Korean Central News Agency"};
  kcna.facts = {{"state_news_agency_of", "north_korea", "", ""}};
  kcna.file = "rules/entities/agencies.yaml";
  s.entities.push_back(kcna);

  const uint32_t alo = s.AddDocument(
      "stories/cyclone/dainik_alo_0527.txt",
      "ঘূর্ণিঝড় রিমালে উপকূলে অন্তত ৫ জনের মৃত্যু\n\n"
      "ঘূর্ণিঝড় রিমালের আঘাতে উপকূলীয় জেলাগুলোতে অন্তত ৫ জনের মৃত্যু হয়েছে। "
      "দুর্যোগ ব্যবস্থাপনা মন্ত্রণালয় জানিয়েছে, প্রায় ৮ লাখ মানুষকে আশ্রয়কেন্দ্রে সরিয়ে নেওয়া হয়েছে।\n"
      "আবহাওয়া অধিদপ্তর বলছে, জলোচ্ছ্বাসে ৩৫ হাজার ঘরবাড়ি ক্ষতিগ্রস্ত হতে পারে।\n",
      "দৈনিক আলো", "2024-05-27T09:30:00", Language::kBengali);
  const uint32_t herald = s.AddDocument(
      "stories/cyclone/bay_herald_0528.txt",
      "Cyclone Remal: death toll rises to 12\n\n"
      "The death toll from Cyclone Remal rose to 12 on Tuesday, officials said. "
      "About 800,000 people were moved to shelters before landfall, the disaster ministry said.\n"
      "At least 150 people were injured, the health directorate said. "
      "Winds of 130 km per hour hit Khepupara.\n",
      "Bay Herald", "2024-05-28T11:00:00", Language::kEnglish);
  const uint32_t khobor = s.AddDocument(
      "stories/cyclone/khobor24_0528.txt",
      "রিমালে আহত ৩০০ ছাড়িয়েছে\n\n"
      "স্বাস্থ্য অধিদপ্তরের হিসাবে ঘূর্ণিঝড়ে আহত হয়েছেন ১১০ জন। "
      "খেপুপাড়ায় ঘণ্টায় ৯০ কিলোমিটার বেগে ঝোড়ো হাওয়া বয়ে যায়। "
      "মৃতের সংখ্যা বেড়ে ১২ জনে দাঁড়িয়েছে বলে জানিয়েছে ত্রাণ মন্ত্রণালয়।\n"
      "কেসিএনএ রাশিয়ার রাষ্ট্রীয় সংবাদ সংস্থা বলে এক বিবৃতিতে উল্লেখ করা হয়।\n",
      "খবর ২৪", "2024-05-28T20:15:00", Language::kBengali);
  const uint32_t coastal = s.AddDocument(
      "stories/cyclone/coastal_times_0529.txt",
      "Remal toll reaches 20 as water recedes\n\n"
      "Twenty people have died in Cyclone Remal, the relief ministry said on Wednesday. "
      "The ministry denied reports that 35,000 homes were damaged.\n",
      "Coastal Times", "2024-05-29T08:00:00", Language::kEnglish);
  const uint32_t pyongyang1 = s.AddDocument(
      "stories/korea/satya_0713.txt",
      "কিম-ল্যাভরভ বৈঠক\n\n"
      "উত্তর কোরিয়ার সরকারি সংবাদ সংস্থা কেসিএনএ জানিয়েছে, রাশিয়ায় প্রায় ৬ হাজার সেনা ও নির্মাণকর্মী পাঠানো হবে।\n",
      "সত্য নিউজ", "2025-07-13T10:21:16", Language::kBengali);
  const uint32_t pyongyang2 = s.AddDocument(
      "stories/korea/daily_world_0713.txt",
      "North Korea to send 6,000 workers to Russia\n\n"
      "North Korea will send 6,000 military builders and deminers to Russia's Kursk region, KCNA reported.\n",
      "Daily World", "2025-07-13T14:00:00", Language::kEnglish);

  auto quantity = [](Claim& c, std::optional<double> min, std::optional<double> max,
                     bool approximate) -> Claim& {
    c.value = Quantity{min, max, approximate, "people"};
    c.fields["event"] = "cyclone_remal";
    return c;
  };
  quantity(s.ClaimAt(alo, "অন্তত ৫ জনের মৃত্যু হয়েছে", "quantity", "deaths"), 5, std::nullopt, false);
  quantity(s.ClaimAt(herald, "death toll from Cyclone Remal rose to 12", "quantity", "deaths"), 12, 12, false);
  quantity(s.ClaimAt(khobor, "মৃতের সংখ্যা বেড়ে ১২ জনে", "quantity", "deaths"), 12, 12, false)
      .source = SourceRef{"", "ত্রাণ মন্ত্রণালয়"};
  quantity(s.ClaimAt(coastal, "Twenty people have died", "quantity", "deaths"), 20, 20, false)
      .source = SourceRef{"", "the relief ministry"};
  quantity(s.ClaimAt(alo, "প্রায় ৮ লাখ মানুষকে", "quantity", "evacuated"), 800000, 800000, true)
      .source = SourceRef{"", "দুর্যোগ ব্যবস্থাপনা মন্ত্রণালয়"};
  quantity(s.ClaimAt(herald, "About 800,000 people were moved", "quantity", "evacuated"), 800000, 800000, true)
      .source = SourceRef{"", "the disaster ministry"};
  quantity(s.ClaimAt(herald, "At least 150 people were injured", "quantity", "injured"), 150, std::nullopt, false)
      .source = SourceRef{"", "the health directorate"};
  quantity(s.ClaimAt(khobor, "আহত হয়েছেন ১১০ জন", "quantity", "injured"), 110, 110, false)
      .source = SourceRef{"", "স্বাস্থ্য অধিদপ্তর"};
  Claim& wind1 = s.ClaimAt(herald, "130 km per hour", "quantity", "wind_speed");
  wind1.value = Quantity{130, 130, false, "km/h"};
  wind1.fields = {{"event", "cyclone_remal"}, {"place", "khepupara"}};
  Claim& wind2 = s.ClaimAt(khobor, "ঘণ্টায় ৯০ কিলোমিটার", "quantity", "wind_speed");
  wind2.value = Quantity{90, 90, false, "km/h"};
  wind2.fields = {{"event", "cyclone_remal"}, {"place", "khepupara"}};
  Claim& homes = s.ClaimAt(alo, "৩৫ হাজার ঘরবাড়ি", "quantity", "homes_damaged");
  homes.value = Quantity{35000, 35000, false, "homes"};
  homes.modality = Modality::kHedged;
  homes.fields["event"] = "cyclone_remal";
  Claim& denied = s.ClaimAt(coastal, "35,000 homes were damaged", "quantity", "homes_damaged");
  denied.value = Quantity{35000, 35000, false, "homes"};
  denied.modality = Modality::kDenied;
  denied.fields["event"] = "cyclone_remal";
  denied.source = SourceRef{"", "the relief ministry"};
  Claim& role = s.ClaimAt(khobor, "কেসিএনএ রাশিয়ার রাষ্ট্রীয় সংবাদ সংস্থা", "role", "kcna");
  role.value = std::string("state_news_agency_of:russia");
  Claim& workers1 = s.ClaimAt(pyongyang1, "প্রায় ৬ হাজার সেনা", "quantity", "troops");
  workers1.value = Quantity{6000, 6000, true, "people"};
  workers1.fields = {{"participants", "north_korea"}, {"place", "russia"}};
  workers1.source = SourceRef{"kcna", "কেসিএনএ"};
  Claim& workers2 = s.ClaimAt(pyongyang2, "send 6,000 military builders", "quantity", "troops");
  workers2.value = Quantity{6000, 6000, false, "people"};
  workers2.fields = {{"participants", "north_korea"}, {"place", "russia"}};
  workers2.source = SourceRef{"kcna", "KCNA"};
  s.skipped.push_back({"stories/broken.json", "stories/broken.json:3:14: expected ',' or '}'"});
  s.Compare();
  return s;
}

SampleReport HostileReport(const std::string& dir) {
  SampleReport s;
  const uint32_t bn = s.AddDocument(dir + "/clash_bn.txt", ReadFile(dir + "/clash_bn.txt"),
                                    std::nullopt, "2024-03-03T10:00:00", Language::kBengali);
  const uint32_t en = s.AddDocument(dir + "/clash_en.txt", ReadFile(dir + "/clash_en.txt"),
                                    "Hostile <b>Times</b>", "2024-03-03T18:00:00",
                                    Language::kEnglish);
  Claim& a = s.ClaimAt(bn, "অন্তত ৪০ জন আহত", "quantity", "injured");
  a.value = Quantity{40, std::nullopt, false, "people"};
  a.fields["place"] = "motijheel";
  a.source = SourceRef{"", "পুলিশ <script>document.documentElement.setAttribute('data-pwned','source')</script>"};
  Claim& b = s.ClaimAt(en, "25 people were injured", "quantity", "injured");
  b.value = Quantity{25, 25, false, "people"};
  b.fields["place"] = "motijheel";
  b.source = SourceRef{"", "hospital officials"};
  Claim& c = s.ClaimAt(en, "denied that 40 were hurt", "quantity", "injured");
  c.value = Quantity{40, 40, false, "people"};
  c.modality = Modality::kDenied;
  c.source = SourceRef{"", "A spokesman"};
  c.fields["place"] = "motijheel";
  // A claim whose matched text is itself markup.
  Claim& d = s.ClaimAt(bn, "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
                       "quantity", "injured");
  d.value = Quantity{40, 40, true, "people"};
  d.subject = "<img src=x onerror=alert(1)>";

  // records.json, read as the dataset adapter would: one document per record.
  nlohmann::json records = nlohmann::json::parse(ReadFile(dir + "/records.json"));
  std::vector<uint32_t> record_docs;
  for (const nlohmann::json& r : records) {
    record_docs.push_back(s.AddDocument(
        dir + "/records.json#" + r["id"].get<std::string>(), r["article"].get<std::string>(),
        r["paper_name"].get<std::string>(),
        r["publication_date"].get<std::string>().replace(10, 1, "T"),
        ParseLanguage(r["source_language"].get<std::string>()), r["headline"].get<std::string>()));
  }
  Claim& e = s.ClaimAt(record_docs[0], "Tk 7,97,000 crore", "quantity", "budget");
  e.value = Quantity{7.97e12, 7.97e12, false, "BDT"};
  e.fields["event"] = "budget_fy2024_25";
  Claim& f = s.ClaimAt(record_docs[1], "৭ লাখ ৯৭ হাজার কোটি টাকার", "quantity", "budget");
  f.value = Quantity{7.97e12, 7.97e12, false, "BDT"};
  f.fields["event"] = "budget_fy2024_25";
  s.skipped.push_back({dir + "/<script>alert('path')</script>.json",
                       "1:1: unexpected '<img src=x onerror=alert(1)>' \x1b[31m"});
  s.Compare();
  return s;
}

}  // namespace sangati::testing
