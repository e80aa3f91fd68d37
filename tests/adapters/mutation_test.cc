// A deterministic fuzz run over the loaders (STYLE.md: fuzz the loaders):
// every fixture is mutated many times (bytes flipped, structural characters
// inserted, truncated) and read again. Whatever comes out must keep the
// contracts: no crash (run it under -DSANGATI_SANITIZE=ON), every document
// has a body whose positions fall inside the input, every skip reason is
// one line that starts with the input's name.
#include <random>
#include <string>
#include <vector>

#include "adapters/read.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

size_t CountLines(const std::string& s) {
  size_t lines = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

std::string Mutate(const std::string& in, std::mt19937* rng) {
  static const std::string kSpecial[] = {"\"", "{", "}", "[", "]", "<", ">", "&", "&amp;", "&#", "\\",
                                         "\\u", "\n", "\r", "\r\n", ",", ":", "\xFF", "\xE0\xA6",
                                         "<p>", "</div>", "<article>", "\"\"", "Advertisement\n"};
  std::string s = in;
  std::uniform_int_distribution<int> op(0, 3);
  int edits = 1 + static_cast<int>((*rng)() % 4);
  for (int e = 0; e < edits && !s.empty(); ++e) {
    size_t at = (*rng)() % s.size();
    switch (op(*rng)) {
      case 0: s[at] = static_cast<char>((*rng)() & 0xFF); break;
      case 1: s.insert(at, kSpecial[(*rng)() % std::size(kSpecial)]); break;
      case 2: s.erase(at, 1 + (*rng)() % 8); break;
      case 3: s.resize(at); break;
    }
  }
  return s;
}

TEST(MutationTest, LoadersKeepTheirContractsOnMutatedInput) {
  const std::vector<std::string> fixtures = {
      "fixtures/adapters/english_article.txt", "fixtures/adapters/bangla_prokashito.txt",
      "fixtures/adapters/title_text_format.txt", "fixtures/adapters/article.html",
      "fixtures/adapters/no_article_tag.html", "fixtures/adapters/dataset.json",
      "fixtures/adapters/dataset.jsonl", "fixtures/adapters/news_dataset.csv",
      "fixtures/adapters/broken.csv", "fixtures/seeds/004_930df3194f67f499.txt"};
  std::mt19937 rng(20240521);
  size_t documents = 0, skipped = 0;
  for (const std::string& rel : fixtures) {
    const std::string original = testing::ReadWholeFile(testing::SourcePath(rel));
    ASSERT_FALSE(original.empty()) << rel;
    const std::string name = rel.substr(rel.rfind('/') + 1);
    for (int i = 0; i < 300; ++i) {
      std::string input = Mutate(original, &rng);
      ReadResult r;
      ReadBuffer(name, input, ReadOptions(), &r);
      const size_t lines = CountLines(input);
      for (const Document& d : r.documents) {
        ASSERT_FALSE(d.text.empty()) << name << " #" << i;
        ASSERT_EQ(d.path, name);
        for (uint32_t off : {0u, static_cast<uint32_t>(d.text.size() / 2), static_cast<uint32_t>(d.text.size() - 1)}) {
          SourcePos pos = d.PositionOf(off);
          ASSERT_GE(pos.line, 1u) << name << " #" << i;
          ASSERT_LE(pos.line, lines) << name << " #" << i;
          ASSERT_GE(pos.column, 1u) << name << " #" << i;
        }
      }
      for (const Skipped& s : r.skipped) {
        ASSERT_EQ(s.error.rfind(name, 0), 0u) << s.error;
        ASSERT_EQ(s.error.find('\n'), std::string::npos) << s.error;
      }
      documents += r.documents.size();
      skipped += r.skipped.size();
    }
  }
  // Most mutations still leave something readable.
  EXPECT_GT(documents, 1000u);
  EXPECT_GT(skipped, 50u);
}

}  // namespace
}  // namespace sangati
