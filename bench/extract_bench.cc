// bench/extract_bench.cc: throughput of rule extraction (engine/extract)
// with the bundled rules over real news, against the ceiling of a bare
// RE2::Set of the same patterns.
//
// Corpus: every article of /work/shared/corpus (JSON, CSV, TXT; ~18 MB)
// when present, plus the seeds in fixtures/seeds/, prepared once
// (engine/text); each benchmark iteration then walks that set round and
// round until ~100 MB of article text has been processed (the documents
// are looped, not copied, so memory stays flat whatever the target size;
// SANGATI_BENCH_MB overrides 100). Reported as MB/s of article text and
// docs/s, from CPU time for one thread and wall time for two.
//
//   BM_Extract/threads:1,2   Extractor::ExtractBatch on prepared documents,
//                            16 at a time as `sangati extract` does: the
//                            atom prefilter per sentence, then rule by rule
//                            the captures of the candidate rules, claim
//                            building, overlaps, sources, modality. Claims
//                            are discarded.
//   BM_ExtractOneByOne       the same with Extractor::Extract per document.
//   BM_PrepareAndExtract     PrepareDocument (NFC, sentences) + Extract, on
//                            a fresh copy of the raw text each time.
//   BM_BareSetCeiling        RE2::Set::Match of the rules' full expanded
//                            patterns (per document language) over each
//                            whole document: the "bare Set of the same
//                            patterns". With {{quantity}} and entity classes
//                            in most rules this Set is huge and its DFA runs
//                            out of room, so it is slow; it scans a 4 MB
//                            sample (SANGATI_BENCH_CEILING_MB).
//   BM_BareSetPerSentence    the same Set, per sentence.
//   BM_AtomSetCeiling/1,2    RE2::Set::Match of the prefilter's literal atoms
//                            (RuleSet::PrefilterAtoms) over each whole
//                            document: the ceiling of the design actually
//                            used (BM_Extract runs this Set per sentence and
//                            then the candidate rules).
//   BM_AtomSetPerSentence    the atom Set per sentence.
// Counters: MB/s and docs/s from wall time and cpuMB/s from thread CPU time
// (summed over threads: with 2 threads they are the total), claims/doc, and
// rss_mb (peak resident set) so that a run over 100 MB and one over 500 MB
// can be compared (memory does not grow with the corpus: documents are
// looped, claims discarded, scratch reused). The machine may be shared:
// compare cpuMB/s for one thread, MB/s for two.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "adapters/read.h"
#include "benchmark/benchmark.h"
#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace sangati {
namespace {

namespace fs = std::filesystem;

size_t EnvMegabytes(const char* name, long fallback) {
  const char* mb = std::getenv(name);
  long v = mb ? std::atol(mb) : fallback;
  return static_cast<size_t>(std::max(1L, v)) << 20;
}

// Bytes of article text each benchmark processes.
size_t TargetBytes() { return EnvMegabytes("SANGATI_BENCH_MB", 100); }

// The bare Set of the full patterns is two orders of magnitude slower than
// everything else; it scans a smaller sample (SANGATI_BENCH_CEILING_MB).
size_t CeilingBytes() { return EnvMegabytes("SANGATI_BENCH_CEILING_MB", 4); }

std::vector<RuleFile> BundledRuleFiles() {
  std::vector<RuleFile> files;
  std::vector<std::string> paths;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(SANGATI_SOURCE_DIR) / "rules")) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml")) paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files.push_back(RuleFile{p, ss.str(), 0});
  }
  return files;
}

const std::shared_ptr<const RuleSet>& Rules() {
  static const auto* rules = [] {
    auto set = CompileRules(BundledRuleFiles());
    if (!set.ok()) {
      fprintf(stderr, "%s\n", std::string(set.status().message()).c_str());
      std::abort();
    }
    return new std::shared_ptr<const RuleSet>(*set);
  }();
  return *rules;
}

// Raw documents as the adapters read them, and the same prepared.
struct Corpus {
  std::vector<Document> raw;
  std::vector<Document> prepared;
  size_t prepared_bytes = 0;
};

const Corpus& TheCorpus() {
  static const auto* corpus = [] {
    auto* c = new Corpus;
    std::vector<std::string> paths = {std::string(SANGATI_SOURCE_DIR) + "/fixtures/seeds"};
    if (fs::exists("/work/shared/corpus")) paths.push_back("/work/shared/corpus");
    ReadResult result;
    ReadInputs(paths, ReadOptions{}, &result);
    for (Document& d : result.documents) {
      if (d.text.empty()) continue;
      Document p = d;
      PrepareDocument(&p);
      c->prepared_bytes += p.text.size();
      c->raw.push_back(std::move(d));
      c->prepared.push_back(std::move(p));
    }
    // Warm-up: RE2 builds its DFA states lazily; one untimed pass over the
    // corpus leaves the measured runs with warm caches, as in a long run.
    Extractor extractor(Rules());
    ExtractScratch scratch;
    std::vector<Claim> claims;
    for (const Document& d : c->prepared) {
      claims.clear();
      if (!extractor.Extract(d, 0, &scratch, &claims).ok()) std::abort();
    }
    return c;
  }();
  return *corpus;
}

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

double WallSeconds() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// Per-thread timing of one benchmark body; the counters it reports are
// summed over threads, so with N threads "MB/s" is the total throughput.
struct Clock {
  double wall0 = WallSeconds(), cpu0 = ThreadCpuSeconds();
};

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

// Walks the corpus round and round from `thread`'s share until `target`
// bytes were handed to `fn`; returns the documents and bytes done.
template <typename Fn>
std::pair<size_t, size_t> Loop(const std::vector<Document>& docs, size_t target, int thread,
                               int threads, Fn fn) {
  size_t bytes = 0, count = 0;
  const size_t share = target / threads;
  for (size_t i = thread; bytes < share; i += threads) {
    const Document& d = docs[i % docs.size()];
    fn(d);
    bytes += d.text.size();
    ++count;
  }
  return {count, bytes};
}

void Report(benchmark::State& state, const Clock& clock, size_t docs, size_t bytes,
            size_t claims) {
  const double wall = WallSeconds() - clock.wall0, cpu = ThreadCpuSeconds() - clock.cpu0;
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
  state.counters["MB/s"] = bytes / 1e6 / wall;        // wall time, summed over threads
  state.counters["cpuMB/s"] = bytes / 1e6 / cpu;     // thread CPU time, summed
  state.counters["docs/s"] = docs / wall;
  state.counters["MB"] = benchmark::Counter(bytes / 1e6);
  state.counters["claims/doc"] = benchmark::Counter(
      static_cast<double>(claims) / std::max<size_t>(docs, 1), benchmark::Counter::kAvgThreads);
  state.counters["rss_mb"] = benchmark::Counter(PeakRssMb(), benchmark::Counter::kAvgThreads);
}

// Runs `set` over each sentence of `doc` (the per-sentence ceilings).
void MatchEachSentence(const RE2::Set& set, const Document& doc, std::vector<int>* hits) {
  for (Span s : doc.sentences) {
    RE2::Set::ErrorInfo e{};
    set.Match(doc.Slice(s), hits, &e);
    if (e.kind == RE2::Set::kOutOfMemory) std::abort();
  }
}

// Documents go to Extractor::ExtractBatch in runs of kChunk, as `sangati
// extract` hands them over.
constexpr size_t kChunk = 16;

void BM_Extract(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  Extractor extractor(Rules());
  ExtractScratch scratch;
  std::vector<const Document*> batch;
  std::vector<std::vector<Claim>> claims;
  size_t docs = 0, bytes = 0, n_claims = 0;
  auto flush = [&] {
    for (auto& c : claims) c.clear();
    if (!extractor.ExtractBatch(batch, 0, &scratch, &claims).ok()) std::abort();
    for (const auto& c : claims) n_claims += c.size();
    batch.clear();
  };
  Clock clock;
  for (auto _ : state) {
    auto [d, b] = Loop(corpus.prepared, TargetBytes(), state.thread_index(), state.threads(),
                       [&](const Document& doc) {
                         batch.push_back(&doc);
                         if (batch.size() == kChunk) flush();
                       });
    if (!batch.empty()) flush();
    docs += d;
    bytes += b;
  }
  Report(state, clock, docs, bytes, n_claims);
}

// One document at a time (Extractor::Extract), for comparison.
void BM_ExtractOneByOne(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  Extractor extractor(Rules());
  ExtractScratch scratch;
  std::vector<Claim> claims;
  size_t docs = 0, bytes = 0, n_claims = 0;
  Clock clock;
  for (auto _ : state) {
    auto [d, b] = Loop(corpus.prepared, TargetBytes(), state.thread_index(), state.threads(),
                       [&](const Document& doc) {
                         claims.clear();
                         if (!extractor.Extract(doc, 0, &scratch, &claims).ok()) std::abort();
                         n_claims += claims.size();
                       });
    docs += d;
    bytes += b;
  }
  Report(state, clock, docs, bytes, n_claims);
}
BENCHMARK(BM_ExtractOneByOne)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(1);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(1);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(2)->UseRealTime();

void BM_PrepareAndExtract(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  Extractor extractor(Rules());
  ExtractScratch scratch;
  std::vector<Claim> claims;
  size_t docs = 0, bytes = 0, n_claims = 0;
  Clock clock;
  for (auto _ : state) {
    auto [d, b] = Loop(corpus.raw, TargetBytes(), state.thread_index(), state.threads(),
                       [&](const Document& raw) {
                         Document doc = raw;
                         PrepareDocument(&doc);
                         claims.clear();
                         if (!extractor.Extract(doc, 0, &scratch, &claims).ok()) std::abort();
                         n_claims += claims.size();
                       });
    docs += d;
    bytes += b;
  }
  Report(state, clock, docs, bytes, n_claims);
}
BENCHMARK(BM_PrepareAndExtract)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(1);

// One RE2::Set per document language holding the rules' expanded patterns,
// with the same memory budget as the rule set's.
struct BareSets {
  std::unique_ptr<RE2::Set> sets[3];
};

const BareSets& TheBareSets() {
  static const auto* sets = [] {
    auto* s = new BareSets;
    const Language langs[] = {Language::kUnknown, Language::kBengali, Language::kEnglish};
    for (int i = 0; i < 3; ++i) {
      RE2::Options o;
      // The full patterns need far more room than the atom Set: 1 GB.
      o.set_max_mem(int64_t{1} << 30);
      o.set_never_capture(true);
      o.set_log_errors(false);
      s->sets[i] = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
      for (const std::string& p : Rules()->SetPatterns(langs[i])) s->sets[i]->Add(p, nullptr);
      if (!s->sets[i]->Compile()) s->sets[i].reset();  // too big even for the budget
    }
    return s;
  }();
  return *sets;
}

// Null when the Set could not be compiled.
const RE2::Set* SetFor(Language l) {
  return TheBareSets().sets[l == Language::kBengali ? 1 : l == Language::kEnglish ? 2 : 0].get();
}

bool BareSetsCompiled() {
  for (const auto& s : TheBareSets().sets) {
    if (!s) return false;
  }
  return true;
}

void BM_BareSetCeiling(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (!BareSetsCompiled()) {
    state.SkipWithError("the rules' full patterns do not fit one RE2::Set in 1 GB");
    return;
  }
  std::vector<int> hits;
  size_t docs = 0, bytes = 0, n_hits = 0;
  Clock clock;
  for (auto _ : state) {
    auto [d, b] = Loop(corpus.prepared, CeilingBytes(), state.thread_index(), state.threads(),
                       [&](const Document& doc) {
                         RE2::Set::ErrorInfo e{};
                         SetFor(doc.language)->Match(doc.text, &hits, &e);
                         if (e.kind != RE2::Set::kNoError) std::abort();
                         n_hits += hits.size();
                       });
    docs += d;
    bytes += b;
  }
  Report(state, clock, docs, bytes, n_hits);
  state.counters.erase("claims/doc");
}
BENCHMARK(BM_BareSetCeiling)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(1);

void BM_BareSetPerSentence(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (!BareSetsCompiled()) {
    state.SkipWithError("the rules' full patterns do not fit one RE2::Set in 1 GB");
    return;
  }
  std::vector<int> hits;
  size_t docs = 0, bytes = 0;
  Clock clock;
  for (auto _ : state) {
    auto [d, b] = Loop(corpus.prepared, CeilingBytes(), state.thread_index(), state.threads(),
                       [&](const Document& doc) {
                         MatchEachSentence(*SetFor(doc.language), doc, &hits);
                       });
    docs += d;
    bytes += b;
  }
  Report(state, clock, docs, bytes, 0);
  state.counters.erase("claims/doc");
}
BENCHMARK(BM_BareSetPerSentence)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(1);

// The prefilter's own atom Set (RuleSet::PrefilterAtoms, quoted, case-
// insensitive, as RuleSet builds it): the ceiling of this design.
const RE2::Set& AtomSet() {
  static const auto* set = [] {
    RE2::Options o;
    o.set_max_mem(Rules()->options().set_max_mem);
    o.set_never_capture(true);
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    auto* s = new RE2::Set(o, RE2::UNANCHORED);
    for (const std::string& a : Rules()->PrefilterAtoms()) s->Add(RE2::QuoteMeta(a), nullptr);
    if (!s->Compile()) std::abort();
    return s;
  }();
  return *set;
}

void BM_AtomSetCeiling(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const RE2::Set& set = AtomSet();
  std::vector<int> hits;
  size_t docs = 0, bytes = 0, n_hits = 0;
  Clock clock;
  for (auto _ : state) {
    auto [d, b] = Loop(corpus.prepared, TargetBytes(), state.thread_index(), state.threads(),
                       [&](const Document& doc) {
                         RE2::Set::ErrorInfo e{};
                         set.Match(doc.text, &hits, &e);
                         if (e.kind == RE2::Set::kOutOfMemory) std::abort();
                         n_hits += hits.size();
                       });
    docs += d;
    bytes += b;
  }
  Report(state, clock, docs, bytes, n_hits);
  state.counters.erase("claims/doc");
}
BENCHMARK(BM_AtomSetCeiling)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(1);
BENCHMARK(BM_AtomSetCeiling)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(2)->UseRealTime();

void BM_AtomSetPerSentence(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const RE2::Set& set = AtomSet();
  std::vector<int> hits;
  size_t docs = 0, bytes = 0;
  Clock clock;
  for (auto _ : state) {
    auto [d, b] = Loop(corpus.prepared, TargetBytes(), state.thread_index(), state.threads(),
                       [&](const Document& doc) {
                         MatchEachSentence(set, doc, &hits);
                       });
    docs += d;
    bytes += b;
  }
  Report(state, clock, docs, bytes, 0);
  state.counters.erase("claims/doc");
}
BENCHMARK(BM_AtomSetPerSentence)->Unit(benchmark::kMillisecond)->Iterations(1)->Threads(1);

}  // namespace
}  // namespace sangati
