// JSON arrays, single objects and JSON Lines; field names, types, ids,
// escapes and positions; ParseFieldMapping.
#include <string>

#include "adapters/read.h"
#include "adapters/record.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

using testing::PosOfText;
using testing::ReadOne;
using testing::ReadWholeFile;
using testing::SourcePath;

// Code-point column of `needle` in line `line` of `text`, plus `extra`.
SourcePos Where(const std::string& text, uint32_t line, std::string_view needle, uint32_t extra = 0) {
  size_t b = 0;
  for (uint32_t l = 1; l < line; ++l) b = text.find('\n', b) + 1;
  size_t at = text.find(needle, b);
  uint32_t col = 1;
  for (size_t i = b; i < at; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  }
  return SourcePos{line, col + extra};
}

TEST(JsonTest, ArrayDataset) {
  const std::string path = SourcePath("fixtures/adapters/dataset.json");
  const std::string raw = ReadWholeFile(path);
  ReadResult r = ReadOne(path);
  ASSERT_EQ(r.documents.size(), 3u);
  const Document& a = r.documents[0];
  EXPECT_EQ(a.id, path + "#101");
  EXPECT_EQ(a.path, path);
  EXPECT_EQ(a.title, "রাজধানীতে তাপমাত্রা ৩৯ ডিগ্রি, হিট অ্যালার্ট জারি");
  EXPECT_EQ(a.title_pos, Where(raw, 6, "রাজধানীতে তাপমাত্রা"));
  EXPECT_EQ(a.outlet, "নমুনা সংবাদ");
  // "scraped_at" is never taken as the publication date.
  EXPECT_EQ(a.published, "2024-04-20T15:00:16");
  EXPECT_EQ(a.url, "https://example.com/bn/national/101");
  EXPECT_EQ(a.language, Language::kBengali);
  // "\n" splits the body; "\"" is unescaped.
  EXPECT_EQ(a.text,
            "রাজধানীতে আজ সর্বোচ্চ তাপমাত্রা ছিল ৩৯ দশমিক ২ ডিগ্রি সেলসিয়াস।\n"
            "আবহাওয়া অধিদপ্তর তিন দিনের \"হিট অ্যালার্ট\" জারি করেছে।");
  EXPECT_EQ(PosOfText(a, "রাজধানীতে আজ"), Where(raw, 7, "রাজধানীতে আজ"));
  // After the \n escape (2 characters in the file).
  EXPECT_EQ(PosOfText(a, "আবহাওয়া"), Where(raw, 7, "\\nআবহাওয়া", 2));
  // After the \" escapes.
  EXPECT_EQ(PosOfText(a, "হিট অ্যালার্ট"), Where(raw, 7, "হিট অ্যালার্ট"));
  EXPECT_EQ(PosOfText(a, "জারি করেছে।"), Where(raw, 7, "জারি করেছে।"));

  const Document& b = r.documents[1];
  EXPECT_EQ(b.id, path + "#102");
  EXPECT_EQ(b.outlet, "Sample Tribune");
  EXPECT_EQ(b.published, "2024-04-02T08:00:00+06:00");
  EXPECT_EQ(b.language, Language::kEnglish);

  // String id, \u escapes, "Unknown" values, null language.
  const Document& c = r.documents[2];
  EXPECT_EQ(c.id, path + "#105");
  EXPECT_EQ(c.title, "বন্যায় ক্ষতি");
  EXPECT_EQ(c.outlet, std::nullopt);
  EXPECT_EQ(c.published, std::nullopt);
  EXPECT_EQ(c.language, Language::kBengali);
  EXPECT_EQ(c.text, "বন্যায় ক্ষতিগ্রস্ত হয়েছে ৫০ হাজার হেক্টর জমির ফসল।");
  EXPECT_EQ(PosOfText(c, "হাজার হেক্টর"), Where(raw, 44, "\\u09eb", 13));

  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].path, path + "#3");
  EXPECT_EQ(r.skipped[0].error, path + "#3: field 'article' is a number, expected a string");
  EXPECT_EQ(r.skipped[1].path, path + "#4");
  EXPECT_EQ(r.skipped[1].error, path + "#4: empty body, record not read");
}

TEST(JsonTest, JsonLines) {
  const std::string path = SourcePath("fixtures/adapters/dataset.jsonl");
  const std::string raw = ReadWholeFile(path);
  ReadResult r = ReadOne(path);
  ASSERT_EQ(r.documents.size(), 2u);
  // NewsAPI style: source is {"id", "name"}.
  EXPECT_EQ(r.documents[0].id, path + "#1");
  EXPECT_EQ(r.documents[0].outlet, "Harbour Daily");
  EXPECT_EQ(r.documents[0].published, "2024-01-12T03:15:00Z");
  EXPECT_EQ(r.documents[0].title, "Ferry services suspended on Padma route");
  EXPECT_EQ(r.documents[1].id, path + "#4");
  EXPECT_EQ(r.documents[1].outlet, "Delta Times");
  EXPECT_EQ(r.documents[1].published, "2024-01-13");
  EXPECT_EQ(PosOfText(r.documents[1], "Onion prices fell"), Where(raw, 5, "Onion prices fell"));
  ASSERT_EQ(r.skipped.size(), 2u);
  SourcePos bad = Where(raw, 2, "\"publishedAt\"");
  EXPECT_EQ(r.skipped[0].path, path + "#2");
  EXPECT_EQ(r.skipped[0].error, path + ":2:" + std::to_string(bad.column) +
                                    ": JSON syntax error: syntax error while parsing object - unexpected "
                                    "string literal; expected '}'");
  EXPECT_EQ(r.skipped[1].error, path + "#3: field 'content' is an object, expected a string");
}

ReadResult ReadJsonString(const std::string& name, const std::string& json, const ReadOptions& options = {}) {
  ReadResult r;
  ReadBuffer(name, json, options, &r);
  return r;
}

TEST(JsonTest, SingleObjectIsOneArticle) {
  ReadResult r = ReadJsonString("story.json",
                                "{\"id\": 7, \"headline\": \"Tea output up\", \"text\": \"Tea output rose 4%.\", "
                                "\"date\": \"2024-03-01\", \"lang\": \"en\"}");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "story.json");
  EXPECT_EQ(r.documents[0].title, "Tea output up");
  EXPECT_EQ(r.documents[0].published, "2024-03-01");
}

TEST(JsonTest, FieldMappingOverridesAutoDetection) {
  const std::string json =
      "[{\"headline\": \"Auto headline\", \"title2\": \"Mapped title\", \"article\": \"Auto body.\", "
      "\"story\": \"Mapped body.\", \"meta\": {\"site\": \"Nested Outlet\"}, \"when\": 1704067200}]";
  ReadOptions options;
  options.fields = *ParseFieldMapping("title=title2, body=Story, outlet=meta.site, published=when");
  ReadResult r = ReadJsonString("m.json", json, options);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].title, "Mapped title");
  EXPECT_EQ(r.documents[0].text, "Mapped body.");
  EXPECT_EQ(r.documents[0].outlet, "Nested Outlet");
  EXPECT_EQ(r.documents[0].published, "2024-01-01T00:00:00Z");
  // Without the mapping the common names win.
  r = ReadJsonString("m.json", json);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].title, "Auto headline");
  EXPECT_EQ(r.documents[0].text, "Auto body.");
}

TEST(JsonTest, RecordProblemsSkipOnlyThatRecord) {
  ReadResult r = ReadJsonString(
      "d.json",
      "[{\"id\": 1, \"body\": \"Fine.\"}, {\"id\": 2, \"title\": [\"x\"], \"body\": \"Bad title.\"},"
      " {\"id\": 3, \"text\": null}, {\"id\": 4, \"headline\": \"No body\"}, \"not an object\","
      " {\"id\": 1, \"body\": \"Same id.\"}, {\"id\": 7, \"body\": \"Bad date.\", \"date\": \"soon\"}]");
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].id, "d.json#1");
  // A repeated id gets the record number.
  EXPECT_EQ(r.documents[1].id, "d.json#1@6");
  ASSERT_EQ(r.documents[1].warnings.size(), 1u);
  EXPECT_EQ(r.documents[1].warnings[0], "d.json#6: id '1' repeats an earlier record; this one is 'd.json#1@6'");
  EXPECT_EQ(r.documents[2].id, "d.json#7");
  EXPECT_EQ(r.documents[2].published, std::nullopt);
  ASSERT_EQ(r.documents[2].warnings.size(), 1u);
  EXPECT_EQ(r.documents[2].warnings[0], "d.json#7: published value 'soon' is not a date, ignored");
  ASSERT_EQ(r.skipped.size(), 4u);
  EXPECT_EQ(r.skipped[0].error, "d.json#2: field 'title' is an array, expected a string");
  EXPECT_EQ(r.skipped[1].error, "d.json#3: empty body, record not read");
  EXPECT_EQ(r.skipped[2].error, "d.json#4: no body field (set one with --field body=NAME)");
  EXPECT_EQ(r.skipped[3].error, "d.json#5: record is a string, expected an object");
}

TEST(JsonTest, SyntaxErrorsPointIntoTheFile) {
  ReadResult r = ReadJsonString("e.json", "[\n  {\"body\": \"ok\"},\n  {\"body\": tru}\n]");
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error.rfind("e.json:3:12: JSON syntax error: syntax error while parsing value", 0), 0u)
      << r.skipped[0].error;
  r = ReadJsonString("t.json", "  42");
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, "t.json:1:3: JSON top level is a number, expected an object or an array of objects");
  r = ReadJsonString("u.json", "[]");
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, "u.json: JSON array holds no records");
}

TEST(JsonTest, ConcatenatedObjectsInAJsonFileAreJsonLines) {
  ReadResult r = ReadJsonString("c.json", "{\"body\": \"One.\"}\n{\"body\": \"Two.\"}\n");
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].id, "c.json#1");
  EXPECT_EQ(r.documents[1].text, "Two.");
  EXPECT_EQ(r.documents[1].PositionOf(0), (SourcePos{2, 11}));
}

TEST(JsonTest, SurrogatePairsAndLoneSurrogates) {
  ReadResult r = ReadJsonString("s.jsonl",
                                "{\"body\": \"Smile \\ud83d\\ude00 and \\u00e9t\\u00e9 here.\"}\n"
                                "{\"body\": \"Lone \\ud800 surrogate.\"}\n");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "Smile \xF0\x9F\x98\x80 and \xC3\xA9t\xC3\xA9 here.");
  EXPECT_EQ(testing::PosOfText(r.documents[0], "here"), (SourcePos{1, 48}));
  // nlohmann rejects a lone surrogate: that record is skipped.
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error.rfind("s.jsonl:2:", 0), 0u) << r.skipped[0].error;
  EXPECT_NE(r.skipped[0].error.find("surrogate"), std::string::npos) << r.skipped[0].error;
}

TEST(JsonTest, FormatIsSniffedWithoutAnExtension) {
  ReadResult r = ReadJsonString("-", "  [{\"body\": \"From stdin.\"}]");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "-#1");
  // Text that merely starts with a bracket is a plain-text article.
  r = ReadJsonString("notes", "[Updated] Ferry services resume\n\nFerries resumed on the route on Monday.\n");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].title, "[Updated] Ferry services resume");
  r = ReadJsonString("page", "<!DOCTYPE html><html><body><p>Sniffed as HTML.</p></body></html>");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "Sniffed as HTML.");
}

// ---- ParseFieldMapping ----------------------------------------------------

TEST(FieldMappingTest, Parses) {
  absl::StatusOr<FieldMapping> m = ParseFieldMapping(" title = headline , body=Article Body,published=Date Published,");
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->title, "headline");
  EXPECT_EQ(m->body, "Article Body");
  EXPECT_EQ(m->published, "Date Published");
  EXPECT_EQ(m->id, "");
  EXPECT_TRUE(ParseFieldMapping("").ok());
}

TEST(FieldMappingTest, ErrorsNameTheBadItem) {
  auto bad = [](std::string_view spec) { return std::string(ParseFieldMapping(spec).status().message()); };
  EXPECT_EQ(bad("title=h,headline"), "field mapping item 'headline' has no '=' (expected KEY=NAME)");
  EXPECT_EQ(bad("author=w"),
            "field mapping item 'author=w': unknown key 'author' (expected id, title, body, outlet, published, "
            "url or language)");
  EXPECT_EQ(bad("body= "), "field mapping item 'body=': no field name after '='");
  EXPECT_EQ(bad("body=a,body=b"), "field mapping item 'body=b': 'body' is given twice");
  EXPECT_EQ(ParseFieldMapping("x").status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(FieldMappingTest, ResolveFieldsByCommonNames) {
  std::vector<std::string> names = {"Date Published", "Headline", "Article Body", "paper_name", "ID"};
  auto idx = adapters::ResolveFields(FieldMapping(), names);
  EXPECT_EQ(idx[static_cast<size_t>(adapters::Field::kPublished)], 0);
  EXPECT_EQ(idx[static_cast<size_t>(adapters::Field::kTitle)], 1);
  EXPECT_EQ(idx[static_cast<size_t>(adapters::Field::kBody)], 2);
  EXPECT_EQ(idx[static_cast<size_t>(adapters::Field::kOutlet)], 3);
  EXPECT_EQ(idx[static_cast<size_t>(adapters::Field::kId)], 4);
  EXPECT_EQ(idx[static_cast<size_t>(adapters::Field::kUrl)], -1);
}

}  // namespace
}  // namespace sangati
