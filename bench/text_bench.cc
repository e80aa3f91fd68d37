// bench/text_bench.cc: throughput of engine/text over real news.
//
// Input: every article of /work/shared/corpus (JSON arrays, CSV, TXT; about
// 18 MB) when present, else the seeds in fixtures/seeds/. Reported as MB/s
// (bytes of article text, or of input files for the reading benchmarks) and
// documents/s, from CPU time (the build machine is shared; wall time is
// noisy), except the two-thread run, which needs wall time.
//
// Two reading benchmarks: BM_ReadAndPrepare reads each file's bytes and cuts
// JSON records ("article" field, nlohmann) and CSV records (last column) the
// simple way; BM_ReadInputsAndPrepare (built when the sangati_adapters target
// exists) uses adapters/ReadInputs, the real reader with format detection,
// UTF-8 repair, page-furniture removal and offset maps.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "engine/core/document.h"
#include "engine/text/normalizer.h"
#include "engine/text/sentences.h"
#include "nlohmann/json.hpp"
#include "unicode/bytestream.h"
#include "unicode/normalizer2.h"
#ifdef SANGATI_BENCH_WITH_ADAPTERS
#include "adapters/read.h"
#endif

namespace sangati {
namespace {

namespace fs = std::filesystem;

struct Article {
  std::string text;
  Language language = Language::kBengali;
};

std::vector<std::string> InputFiles() {
  std::vector<std::string> files;
  const char* corpus = "/work/shared/corpus";
  const fs::path root = fs::exists(corpus) ? fs::path(corpus)
                                           : fs::path(SANGATI_SOURCE_DIR) / "fixtures" / "seeds";
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().extension() == ".md") continue;
    files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Appends the articles of one file.
void CutArticles(const std::string& path, const std::string& data, std::vector<Article>* out) {
  if (path.ends_with(".json")) {
    nlohmann::json records = nlohmann::json::parse(data, nullptr, false);
    if (!records.is_array()) return;
    for (const auto& r : records) {
      if (!r.is_object() || !r.contains("article") || !r["article"].is_string()) continue;
      Article a{r["article"].get<std::string>()};
      if (r.value("source_language", "") == "English") a.language = Language::kEnglish;
      out->push_back(std::move(a));
    }
  } else if (path.ends_with(".csv")) {
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < data.size(); ++i) {
      const char c = data[i];
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
        out->push_back({field});
        field.clear();
      } else if (c != '\r') {
        field += c;
      }
    }
  } else {
    out->push_back({data});
  }
}

const std::vector<std::string>& Files() {
  static const auto* files = new std::vector<std::string>(InputFiles());
  return *files;
}

const std::vector<Article>& Articles() {
  static const auto* articles = [] {
    auto* v = new std::vector<Article>();
    for (const std::string& f : Files()) CutArticles(f, ReadFile(f), v);
    return v;
  }();
  return *articles;
}

size_t TotalBytes(const std::vector<Article>& articles) {
  size_t n = 0;
  for (const Article& a : articles) n += a.text.size();
  return n;
}

// The corpus with every য়/ড়/ঢ় decomposed and straight quotes curled: the
// normaliser's slow path on every nukta and quote.
const std::vector<Article>& WorstCaseArticles() {
  static const auto* articles = [] {
    auto* v = new std::vector<Article>();
    for (const Article& a : Articles()) {
      std::string t;
      t.reserve(a.text.size() + a.text.size() / 16);
      for (size_t i = 0; i < a.text.size(); ++i) {
        std::string_view rest(a.text.data() + i, a.text.size() - i);
        if (rest.starts_with("\u09DF")) {
          t += "\u09AF\u09BC";
          i += 2;
        } else if (rest.starts_with("\u09DC")) {
          t += "\u09A1\u09BC";
          i += 2;
        } else if (a.text[i] == '"') {
          t += "\u201D";
        } else {
          t += a.text[i];
        }
      }
      v->push_back({std::move(t), a.language});
    }
    return v;
  }();
  return *articles;
}

// Reading (file bytes + record cutting) + PrepareDocument for every article.
void BM_ReadAndPrepare(benchmark::State& state) {
  size_t bytes = 0, docs = 0;
  std::vector<Article> articles;
  for (auto _ : state) {
    for (const std::string& f : Files()) {
      std::string data = ReadFile(f);
      bytes += data.size();
      articles.clear();
      CutArticles(f, data, &articles);
      for (Article& a : articles) {
        Document doc;
        doc.text = std::move(a.text);
        doc.language = a.language;
        PrepareDocument(&doc);
        benchmark::DoNotOptimize(doc.sentences.data());
        ++docs;
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
}
BENCHMARK(BM_ReadAndPrepare)->Unit(benchmark::kMillisecond);

#ifdef SANGATI_BENCH_WITH_ADAPTERS
// adapters/ReadInputs over the input root + PrepareDocument for every
// document read. MB/s counts input file bytes.
void BM_ReadInputsAndPrepare(benchmark::State& state) {
  const char* corpus = "/work/shared/corpus";
  const std::string root = fs::exists(corpus)
                               ? std::string(corpus)
                               : (fs::path(SANGATI_SOURCE_DIR) / "fixtures" / "seeds").string();
  size_t file_bytes = 0;
  for (const std::string& f : Files()) file_bytes += fs::file_size(f);
  size_t bytes = 0, docs = 0, skipped = 0;
  for (auto _ : state) {
    ReadResult result;
    ReadInputs({root}, ReadOptions{}, &result);
    for (Document& doc : result.documents) {
      PrepareDocument(&doc);
      benchmark::DoNotOptimize(doc.sentences.data());
    }
    bytes += file_bytes;
    docs += result.documents.size();
    skipped = result.skipped.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
  state.counters["skipped"] = static_cast<double>(skipped);
}
BENCHMARK(BM_ReadInputsAndPrepare)->Unit(benchmark::kMillisecond);

// adapters/ReadInputs alone, to tell reading from engine/text.
void BM_ReadInputsOnly(benchmark::State& state) {
  const char* corpus = "/work/shared/corpus";
  const std::string root = fs::exists(corpus)
                               ? std::string(corpus)
                               : (fs::path(SANGATI_SOURCE_DIR) / "fixtures" / "seeds").string();
  size_t file_bytes = 0;
  for (const std::string& f : Files()) file_bytes += fs::file_size(f);
  size_t docs = 0;
  for (auto _ : state) {
    ReadResult result;
    ReadInputs({root}, ReadOptions{}, &result);
    docs += result.documents.size();
    benchmark::DoNotOptimize(result.documents.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * file_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
}
BENCHMARK(BM_ReadInputsOnly)->Unit(benchmark::kMillisecond);
#endif

// PrepareDocument (normalise + offset map + sentences) on texts in memory.
void BM_PrepareDocument(benchmark::State& state) {
  const std::vector<Article>& articles = Articles();
  for (auto _ : state) {
    for (const Article& a : articles) {
      Document doc;
      doc.text = a.text;
      doc.language = a.language;
      PrepareDocument(&doc);
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(articles)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
}
BENCHMARK(BM_PrepareDocument)->Unit(benchmark::kMillisecond);
// Two threads on the same documents (each its own copies): wall-clock
// throughput, so it only scales when two cores are free.
BENCHMARK(BM_PrepareDocument)->Unit(benchmark::kMillisecond)->Threads(2)->UseRealTime();

void RunNormalize(benchmark::State& state, const std::vector<Article>& articles) {
  for (auto _ : state) {
    for (const Article& a : articles) {
      std::string out = NormalizeText(a.text);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(articles)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
}

// NormalizeText alone (no offsets, no sentences).
void BM_NormalizeText(benchmark::State& state) { RunNormalize(state, Articles()); }
BENCHMARK(BM_NormalizeText)->Unit(benchmark::kMillisecond);

// NormalizeText where every nukta letter is decomposed and quotes are curly.
void BM_NormalizeTextWorstCase(benchmark::State& state) { RunNormalize(state, WorstCaseArticles()); }
BENCHMARK(BM_NormalizeTextWorstCase)->Unit(benchmark::kMillisecond);

// SplitSentences alone on already-normalised texts.
void BM_SplitSentences(benchmark::State& state) {
  std::vector<Article> normalised;
  for (const Article& a : Articles()) normalised.push_back({NormalizeText(a.text), a.language});
  for (auto _ : state) {
    for (const Article& a : normalised) {
      std::vector<Span> spans = SplitSentences(a.text, a.language);
      benchmark::DoNotOptimize(spans.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(normalised)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * normalised.size()));
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

// Baseline: ICU NFC (UTF-8 in, UTF-8 out) on the same texts.
void BM_IcuNfcBaseline(benchmark::State& state) {
  const std::vector<Article>& articles = Articles();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  for (auto _ : state) {
    for (const Article& a : articles) {
      std::string out;
      icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(a.text.size()));
      nfc->normalizeUTF8(0, icu::StringPiece(a.text.data(), static_cast<int32_t>(a.text.size())),
                         sink, nullptr, status);
      benchmark::DoNotOptimize(out.data());
    }
  }
  if (U_FAILURE(status)) state.SkipWithError("ICU NFC failed");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(articles)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
}
BENCHMARK(BM_IcuNfcBaseline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sangati
