// CSV datasets: the RFC 4180 reader, column names, syntax errors with
// line:col, and positions inside multi-line quoted fields.
#include <string>
#include <vector>

#include "adapters/csv.h"
#include "adapters/read.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

using adapters::CsvReader;
using testing::PosOfText;
using testing::ReadOne;
using testing::SourcePath;

std::vector<std::vector<std::string>> ParseAll(std::string_view text, std::vector<std::string>* errors = nullptr) {
  CsvReader reader(text, 0, ',');
  std::vector<std::vector<std::string>> rows;
  std::vector<CsvReader::Field> fields;
  CsvReader::Error error;
  CsvReader::Status s;
  while ((s = reader.Next(&fields, &error)) != CsvReader::Status::kEnd) {
    if (s == CsvReader::Status::kError) {
      if (errors != nullptr) errors->push_back(std::to_string(error.offset) + ": " + error.message);
      continue;
    }
    std::vector<std::string> row;
    for (const auto& f : fields) row.push_back(reader.Text(f));
    rows.push_back(row);
  }
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, Rfc4180) {
  EXPECT_EQ(ParseAll("a,b,c\n1,\"x,y\",\"say \"\"hi\"\"\"\n"),
            (Rows{{"a", "b", "c"}, {"1", "x,y", "say \"hi\""}}));
  EXPECT_EQ(ParseAll("a,\"line1\r\nline2\"\r\n,,\r\n"), (Rows{{"a", "line1\r\nline2"}, {"", "", ""}}));
  // Lone CR ends records too; the last record needs no line break.
  EXPECT_EQ(ParseAll("a,b\rc,d"), (Rows{{"a", "b"}, {"c", "d"}}));
  // A lone quote inside an unquoted field is text.
  EXPECT_EQ(ParseAll("5\" pipe,ok\n"), (Rows{{"5\" pipe", "ok"}}));
  EXPECT_EQ(ParseAll("\"\"\n"), (Rows{{""}}));
}

TEST(CsvReaderTest, SyntaxErrorsAndRecovery) {
  std::vector<std::string> errors;
  EXPECT_EQ(ParseAll("a,b\n\"x\"y,z\nc,d\n\"open,e\nf\n", &errors), (Rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(errors, (std::vector<std::string>{"7: unexpected text after the closing quote of field 1",
                                              "15: quoted field is never closed"}));
}

TEST(CsvTest, NewsDataset) {
  const std::string path = SourcePath("fixtures/adapters/news_dataset.csv");
  ReadResult r = ReadOne(path);
  ASSERT_EQ(r.documents.size(), 3u);
  const Document& a = r.documents[0];
  EXPECT_EQ(a.id, path + "#1");
  EXPECT_EQ(a.title, "বিপিএল: প্রথম ম্যাচে জয় পেল রংপুর");
  EXPECT_EQ(a.title_pos, (SourcePos{2, 22}));
  EXPECT_EQ(a.published, "2024-01-02T04:37:50");
  EXPECT_EQ(a.outlet, std::nullopt);
  EXPECT_EQ(a.language, Language::kBengali);
  EXPECT_EQ(a.text,
            "রংপুর রাইডার্স প্রথম ম্যাচে ৬ উইকেটে জিতেছে।\n"
            "অধিনায়ক বলেন, \"শুরুটা ভালো হলো।\"\n"
            "ম্যাচ শেষে দর্শকেরা মাঠ ছাড়েন রাত ১০টায়।");
  // Quoted field: its first line starts after `2024-01-02 04:37:50,"...",\"`.
  EXPECT_EQ(PosOfText(a, "রংপুর রাইডার্স"), (SourcePos{2, 59}));
  // Later lines of the same field, and text after a "" escape.
  EXPECT_EQ(PosOfText(a, "অধিনায়ক বলেন"), (SourcePos{3, 1}));
  EXPECT_EQ(PosOfText(a, "শুরুটা"), (SourcePos{3, 18}));
  EXPECT_EQ(PosOfText(a, "ম্যাচ শেষে"), (SourcePos{4, 1}));
  EXPECT_EQ(r.documents[1].id, path + "#2");
  EXPECT_EQ(r.documents[2].id, path + "#4");
  EXPECT_EQ(r.documents[2].language, Language::kEnglish);
  EXPECT_EQ(r.documents[2].text.rfind("Dhaka's air quality index stood at 287", 0), 0u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, path + "#3: empty body, record not read");
}

TEST(CsvTest, DateHeadlineWriterBodyWithCrlf) {
  const std::string path = SourcePath("fixtures/adapters/writer_dataset.csv");
  ReadResult r = ReadOne(path);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_TRUE(r.skipped.empty());
  EXPECT_EQ(r.documents[0].published, "2024-08-12");
  EXPECT_EQ(r.documents[0].title, "সচিবালয়ে বৈঠকে ১০ সিদ্ধান্ত");
  // "Writer" is not an outlet column.
  EXPECT_EQ(r.documents[0].outlet, std::nullopt);
  EXPECT_EQ(r.documents[1].published, "2024-08-13");
  EXPECT_EQ(r.documents[1].PositionOf(0), (SourcePos{3, 41}));
}

TEST(CsvTest, BrokenRowsAreSkippedWithLineAndColumn) {
  const std::string path = SourcePath("fixtures/adapters/broken.csv");
  ReadResult r = ReadOne(path);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].title, "ঠিক আছে");
  EXPECT_EQ(r.documents[1].title, "তৃতীয় সারি");
  EXPECT_EQ(r.documents[1].id, path + "#3");
  ASSERT_EQ(r.skipped.size(), 3u);
  EXPECT_EQ(r.skipped[0].path, path + "#2");
  // Line 3: `2024-02-01 11:00:00,ভাঙা সারি,"উদ্ধৃতির পরে বাড়তি লেখা"xyz,আরও`.
  EXPECT_EQ(r.skipped[0].error,
            path + ":3:57: CSV syntax error: unexpected text after the closing quote of field 3 (record 2)");
  EXPECT_EQ(r.skipped[1].error, path + ":5:1: record 4 has 4 fields, the header has 3");
  EXPECT_EQ(r.skipped[2].error, path + ":6:30: CSV syntax error: quoted field is never closed (record 5)");
}

ReadResult ReadCsvString(const std::string& name, const std::string& csv, const ReadOptions& options = {}) {
  ReadResult r;
  ReadBuffer(name, csv, options, &r);
  return r;
}

TEST(CsvTest, ColumnsByMappingOrMissing) {
  const std::string csv = "when,heading,Body Text,paper\n2024-05-05,Salt prices up,Salt prices rose 10%.,Gazette\n";
  ReadResult r = ReadCsvString("m.csv", csv);
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error,
            "m.csv:1:1: no body column (looked for body, articlebody, article, text, content, fulltext, "
            "articletext, newsbody, maintext, story; name it with --field body=NAME); columns are: when, "
            "heading, Body Text, paper");
  ReadOptions options;
  options.fields = *ParseFieldMapping("body=body text,published=when");
  r = ReadCsvString("m.csv", csv, options);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].title, "Salt prices up");
  EXPECT_EQ(r.documents[0].text, "Salt prices rose 10%.");
  EXPECT_EQ(r.documents[0].outlet, "Gazette");
  EXPECT_EQ(r.documents[0].published, "2024-05-05");
  options.fields = *ParseFieldMapping("body=Body Text,title=Headline");
  r = ReadCsvString("m.csv", csv, options);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error,
            "m.csv:1:1: no column 'Headline' (from --field title=Headline); columns are: when, heading, "
            "Body Text, paper");
}

TEST(CsvTest, TsvAndBomAndHeaderOnly) {
  ReadResult r = ReadCsvString("t.tsv", "\xEF\xBB\xBFid\ttitle\tbody\nx9\tT\tTabbed body text.\n");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "t.tsv#x9");
  EXPECT_EQ(r.documents[0].PositionOf(0), (SourcePos{2, 6}));
  r = ReadCsvString("h.csv", "title,body\n");
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, "h.csv: CSV has a header but no records");
}

}  // namespace
}  // namespace sangati
