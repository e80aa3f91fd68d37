// Runs the {{quantity}}, {{date}}/{{relative_date}} sub-patterns over the
// real corpus in /work/shared/corpus (skipped when absent; corpus text never
// enters the repository) and checks that ParseQuantity() / ParseDate() read
// what the patterns match.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/core/calendar_names.h"
#include "engine/normalize/dates.h"
#include "engine/normalize/numbers.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "re2/re2.h"
#include "tests/engine/normalize/pattern_loader.h"

namespace sangati {
namespace {

namespace fs = std::filesystem;
constexpr char kCorpus[] = "/work/shared/corpus";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// RFC 4180 rows: commas, "quoted" fields with "" escapes and newlines.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
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
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  rows.back().push_back(std::move(field));
  return rows;
}

// Roughly what engine/text does before rules see the text: precomposed
// য়/ড়/ঢ়, ASCII apostrophes and quotes, no zero-width joiners.
std::string Normalise(const std::string& s) {
  std::string out = FoldNukta(s);
  struct Fold {
    const char* from;
    const char* to;
  };
  for (const Fold& f : {Fold{"\u2019", "'"}, Fold{"\u2018", "'"}, Fold{"\u201C", "\""},
                        Fold{"\u201D", "\""}, Fold{"\u200C", ""}, Fold{"\u200D", ""}}) {
    std::string next;
    size_t pos = 0, hit;
    while ((hit = out.find(f.from, pos)) != std::string::npos) {
      next.append(out, pos, hit - pos);
      next += f.to;
      pos = hit + std::string_view(f.from).size();
    }
    next.append(out, pos, std::string::npos);
    out.swap(next);
  }
  return out;
}

std::vector<std::string> CorpusTexts() {
  std::vector<std::string> texts;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
    if (!entry.is_regular_file()) continue;
    const fs::path& p = entry.path();
    std::string ext = p.extension().string();
    if (ext == ".json") {
      nlohmann::json j = nlohmann::json::parse(ReadFile(p), nullptr, false);
      if (!j.is_array()) continue;
      for (const auto& rec : j) {
        if (rec.is_object() && rec.contains("article") && rec["article"].is_string()) {
          texts.push_back(Normalise(rec["article"].get<std::string>()));
        }
      }
    } else if (ext == ".csv") {
      auto rows = ParseCsv(ReadFile(p));
      if (rows.empty()) continue;
      int body = -1;
      for (size_t c = 0; c < rows[0].size(); ++c) {
        if (rows[0][c].find("Body") != std::string::npos) body = static_cast<int>(c);
      }
      if (body < 0) continue;
      for (size_t r = 1; r < rows.size(); ++r) {
        if (static_cast<int>(rows[r].size()) > body) texts.push_back(Normalise(rows[r][body]));
      }
    } else if (ext == ".txt") {
      texts.push_back(Normalise(ReadFile(p)));
    }
  }
  return texts;
}

struct Tally {
  size_t matches = 0, parsed = 0;
  std::vector<std::string> failures;
};

template <typename Parse>
Tally RunPattern(const std::vector<std::string>& texts, const std::string& expr, Parse parse) {
  testing::PatternLibrary lib(testing::CommonPatternFiles());
  std::unique_ptr<RE2> re = testing::PatternLibrary::CompileText(lib.ExpandText(expr));
  EXPECT_TRUE(re->ok()) << re->error();
  Tally t;
  for (const std::string& text : texts) {
    re2::StringPiece in(text);
    std::string m;
    while (RE2::FindAndConsume(&in, *re, &m)) {
      ++t.matches;
      if (parse(m)) {
        ++t.parsed;
      } else if (t.failures.size() < 40) {
        t.failures.push_back(m);
      }
    }
  }
  return t;
}

void Report(const char* what, const Tally& t) {
  std::cout << what << ": " << t.matches << " matches, " << t.parsed << " parsed, "
            << (t.matches - t.parsed) << " unparsed\n";
  for (const std::string& f : t.failures) std::cout << "  unparsed: '" << f << "'\n";
}

TEST(CorpusTest, QuantityMatchesParse) {
  if (!fs::exists(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus;
  std::vector<std::string> texts = CorpusTexts();
  ASSERT_GT(texts.size(), 1000u);
  Tally t = RunPattern(texts, "{{bn_start}}({{quantity}}){{bn_end}}",
                       [](const std::string& m) { return ParseQuantity(m).has_value(); });
  Report("quantity", t);
  ASSERT_GT(t.matches, 10000u);
  EXPECT_GE(static_cast<double>(t.parsed), 0.99 * static_cast<double>(t.matches));
}

TEST(CorpusTest, DateMatchesParse) {
  if (!fs::exists(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus;
  std::vector<std::string> texts = CorpusTexts();
  DateContext ctx{absl::CivilDay(2024, 8, 12)};
  auto parses = [&](const std::string& m) {
    std::optional<TimeRef> r = ParseDate(m, ctx);
    return r.has_value() && !r->from.empty();
  };
  Tally d = RunPattern(texts, "{{bn_start}}({{date}}){{bn_end}}", parses);
  Report("date", d);
  Tally r = RunPattern(texts, "{{bn_start}}({{relative_date}}){{bn_end}}", parses);
  Report("relative_date", r);
  ASSERT_GT(d.matches, 1000u);
  EXPECT_GE(static_cast<double>(d.parsed), 0.99 * static_cast<double>(d.matches));
  EXPECT_GE(static_cast<double>(r.parsed), 0.99 * static_cast<double>(r.matches));
}

}  // namespace
}  // namespace sangati
