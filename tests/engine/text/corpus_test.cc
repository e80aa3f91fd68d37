// Runs every article of the real corpus (/work/shared/corpus, not part of
// the repository) through NormalizeText, SplitSentences and PrepareDocument.
// Skipped when the corpus is absent.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/text/normalizer.h"
#include "engine/text/sentences.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "unicode/utf8.h"

namespace sangati {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCorpus = "/work/shared/corpus";

struct Article {
  std::string where;
  std::string text;
  Language language = Language::kUnknown;
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The last field of every record of an RFC 4180 CSV file (the body column).
std::vector<std::string> CsvLastFields(const std::string& data) {
  std::vector<std::string> out;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < data.size(); ++i) {
    char c = data[i];
    if (quoted) {
      if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      field.clear();
    } else if (c == '\n') {
      out.push_back(field);
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty()) out.push_back(field);
  return out;
}

std::vector<Article> LoadCorpus() {
  std::vector<Article> articles;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
    if (!entry.is_regular_file()) continue;
    const fs::path& path = entry.path();
    const std::string ext = path.extension().string();
    if (path.filename() == "README.md" || path.filename() == "SOURCE.md") continue;
    std::string data = ReadFile(path);
    if (ext == ".json") {
      nlohmann::json records = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
      if (!records.is_array()) continue;
      for (const auto& r : records) {
        if (!r.is_object() || !r.contains("article") || !r["article"].is_string()) continue;
        Article a{path.string() + "#" + r.value("url", ""), r["article"].get<std::string>()};
        if (r.contains("source_language") && r["source_language"].is_string()) {
          a.language = ParseLanguage(r["source_language"].get<std::string>());
        }
        articles.push_back(std::move(a));
      }
    } else if (ext == ".csv") {
      int n = 0;
      for (std::string& body : CsvLastFields(data)) {
        articles.push_back({path.string() + "#" + std::to_string(++n), std::move(body),
                            Language::kBengali});
      }
    } else {
      articles.push_back({path.string(), std::move(data), Language::kBengali});
    }
  }
  return articles;
}

bool ValidUtf8(const std::string& s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    int32_t c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool StartsCodePoint(const std::string& s, uint32_t offset) {
  return offset == s.size() || (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

TEST(CorpusTest, WholeCorpusNormalisesAndSplitsCleanly) {
  if (!fs::exists(kCorpus)) GTEST_SKIP() << kCorpus << " not present";
  std::vector<Article> articles = LoadCorpus();
  ASSERT_GT(articles.size(), 1000u);
  size_t sentences = 0, bytes = 0;
  for (const Article& a : articles) {
    SCOPED_TRACE(a.where);
    std::string text = NormalizeText(a.text);
    bytes += a.text.size();
    ASSERT_TRUE(ValidUtf8(text));
    ASSERT_EQ(NormalizeText(text), text);
    ASSERT_EQ(text.find('\r'), std::string::npos);
    std::vector<Span> spans = SplitSentences(text, a.language);
    uint32_t prev_end = 0;
    for (const Span& s : spans) {
      ASSERT_LT(s.begin, s.end);
      ASSERT_LE(s.end, text.size());
      ASSERT_GE(s.begin, prev_end);
      ASSERT_TRUE(StartsCodePoint(text, s.begin));
      ASSERT_TRUE(StartsCodePoint(text, s.end));
      ASSERT_NE(text[s.begin], ' ');
      ASSERT_NE(text[s.end - 1], ' ');
      ASSERT_EQ(text.substr(s.begin, s.size()).find('\n'), std::string::npos);
      prev_end = s.end;
    }
    sentences += spans.size();

    Document doc;
    doc.text = a.text;
    doc.language = a.language;
    PrepareDocument(&doc);
    ASSERT_EQ(doc.text, text);
    ASSERT_EQ(doc.sentences, spans);
    SourcePos last{0, 0};
    for (const Span& s : spans) {
      SourcePos pos = doc.PositionOf(s.begin);
      ASSERT_GE(pos.line, 1u);
      ASSERT_GE(pos.column, 1u);
      ASSERT_TRUE(pos.line > last.line || (pos.line == last.line && pos.column > last.column));
      last = pos;
    }
  }
  std::cout << "corpus: " << articles.size() << " articles, " << bytes << " bytes, " << sentences
            << " sentences\n";
}

}  // namespace
}  // namespace sangati
