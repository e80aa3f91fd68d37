// PrepareDocument composes its offset map with the map an adapter built.
// Reads real inputs with adapters/ReadInputs (the seeds, and the corpus when
// /work/shared/corpus is present), prepares every document and checks that
// the input-file position of each sentence start holds that sentence's first
// characters. Built only when the sangati_adapters target exists.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "adapters/read.h"
#include "engine/text/normalizer.h"
#include "gtest/gtest.h"
#include "unicode/utf8.h"

namespace sangati {
namespace {

// Lines of a file, split at LF, CR LF and lone CR (how positions count them).
std::vector<std::string> FileLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string all = ss.str();
  std::vector<std::string> lines;
  size_t p = 0;
  while (p <= all.size()) {
    size_t e = all.find_first_of("\r\n", p);
    if (e == std::string::npos) e = all.size();
    lines.push_back(all.substr(p, e - p));
    p = e + 1;
    if (e < all.size() && all[e] == '\r' && p < all.size() && all[p] == '\n') ++p;
  }
  return lines;
}

// `s` with JSON \" and \\ and CSV "" turned into the character they stand for.
std::string Unescaped(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '\\' || s[i] == '"') && i + 1 < s.size() &&
        (s[i + 1] == '"' || (s[i] == '\\' && s[i + 1] == '\\'))) {
      ++i;
    }
    out += s[i];
  }
  return out;
}

struct Tally {
  size_t checked = 0, escaped = 0;
  std::vector<std::string> failures;
};

void CheckInputs(const std::string& root, Tally* tally) {
  ReadResult result;
  ReadInputs({root}, ReadOptions{}, &result);
  ASSERT_FALSE(result.documents.empty()) << root;
  std::map<std::string, std::vector<std::string>> files;
  for (Document& doc : result.documents) {
    PrepareDocument(&doc);
    auto it = files.find(doc.path);
    if (it == files.end()) it = files.emplace(doc.path, FileLines(doc.path)).first;
    const std::vector<std::string>& lines = it->second;
    for (const Span& s : doc.sentences) {
      const SourcePos pos = doc.PositionOf(s.begin);
      ++tally->checked;
      if (pos.line == 0 || pos.line > lines.size()) {
        tally->failures.push_back(doc.id + ": line " + std::to_string(pos.line));
        continue;
      }
      const std::string& line = lines[pos.line - 1];
      int32_t i = 0;
      const int32_t n = static_cast<int32_t>(line.size());
      for (uint32_t col = 1; col < pos.column && i < n; ++col) {
        UChar32 c;
        U8_NEXT(line.data(), i, n, c);
      }
      const std::string raw = NormalizeText(line.substr(static_cast<size_t>(i), 64));
      const std::string want = doc.text.substr(s.begin, std::min<uint32_t>(12, s.size()));
      if (raw.starts_with(want)) continue;
      // Escaped quotes (\" in JSON, "" in CSV) stand for one character.
      if (Unescaped(raw).starts_with(want)) {
        ++tally->escaped;
        continue;
      }
      tally->failures.push_back(doc.id + " at " + std::to_string(pos.line) + ":" +
                                std::to_string(pos.column) + ": want [" + want + "] file [" +
                                raw.substr(0, 24) + "]");
    }
  }
}

TEST(OffsetsWithAdaptersTest, SeedSentenceStartsPointIntoTheFiles) {
  Tally tally;
  CheckInputs(std::string(SANGATI_SOURCE_DIR) + "/fixtures/seeds", &tally);
  EXPECT_GT(tally.checked, 50u);  // bodies as the adapter cuts them from the pages
  EXPECT_EQ(tally.escaped, 0u);
  EXPECT_TRUE(tally.failures.empty()) << tally.failures.front();
}

TEST(OffsetsWithAdaptersTest, CorpusSentenceStartsPointIntoTheFiles) {
  const char* corpus = "/work/shared/corpus";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << corpus << " not present";
  Tally tally;
  CheckInputs(corpus, &tally);
  EXPECT_GT(tally.checked, 50000u);
  EXPECT_LT(tally.escaped, tally.checked / 50);
  EXPECT_TRUE(tally.failures.empty())
      << tally.failures.size() << " failures, first: " << tally.failures.front();
}

}  // namespace
}  // namespace sangati
