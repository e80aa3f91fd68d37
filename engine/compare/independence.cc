#include "engine/compare/independence.h"

#include <numeric>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "engine/core/absl_compat.h"

namespace sangati {
namespace {

enum Reason : unsigned { kSameOutlet = 1, kSameSource = 2, kSameWording = 4 };

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n), reasons_(n, 0) {
    std::iota(parent_.begin(), parent_.end(), size_t{0});
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b, unsigned reason) {
    a = Find(a);
    b = Find(b);
    if (a != b) {
      parent_[b] = a;
      reasons_[a] |= reasons_[b];
    }
    reasons_[a] |= reason;
  }
  unsigned reasons(size_t root) const { return reasons_[root]; }

 private:
  std::vector<size_t> parent_;
  std::vector<unsigned> reasons_;
};

std::string FoldWording(std::string_view sentence) {
  std::string out;
  out.reserve(sentence.size());
  bool space = false;
  for (char c : sentence) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string SourceKey(const Claim& claim) {
  if (!claim.source) return std::string();
  if (!claim.source->id.empty()) return "id:" + claim.source->id;
  std::string name = absl::AsciiStrToLower(
      absl::StripAsciiWhitespace(AbslView(claim.source->name)));
  return name.empty() ? std::string() : "name:" + name;
}

// Joins claim `i` to the first claim seen with the same `key`. The reason is
// recorded only when the two come from different documents: two claims of
// one article citing one source are not "one source repeated".
void JoinByKey(absl::flat_hash_map<std::string, size_t>* first, std::string key, size_t i,
               unsigned reason, const std::vector<uint32_t>& doc_of, UnionFind* uf) {
  if (key.empty()) return;
  auto [it, inserted] = first->try_emplace(std::move(key), i);
  if (!inserted) uf->Union(it->second, i, doc_of[it->second] == doc_of[i] ? 0 : reason);
}

}  // namespace

Independence AnalyseIndependence(const std::vector<Document>& docs,
                                 const std::vector<Claim>& claims,
                                 const std::vector<size_t>& indices) {
  const size_t n = indices.size();
  UnionFind uf(n);
  absl::flat_hash_map<std::string, size_t> by_doc, by_outlet, by_source, by_wording;
  std::vector<uint32_t> doc_of(n);
  for (size_t i = 0; i < n; ++i) doc_of[i] = claims[indices[i]].document_index;
  for (size_t i = 0; i < n; ++i) {
    const Claim& c = claims[indices[i]];
    const Document& doc = docs[c.document_index];
    JoinByKey(&by_doc, doc.id, i, 0, doc_of, &uf);
    if (doc.outlet && !doc.outlet->empty()) {
      JoinByKey(&by_outlet,
                absl::AsciiStrToLower(absl::StripAsciiWhitespace(AbslView(*doc.outlet))), i,
                kSameOutlet, doc_of, &uf);
    }
    JoinByKey(&by_source, SourceKey(c), i, kSameSource, doc_of, &uf);
    std::string wording = FoldWording(c.evidence.sentence_text);
    if (wording.size() >= kMinWordingBytes) {
      JoinByKey(&by_wording, std::move(wording), i, kSameWording, doc_of, &uf);
    }
  }
  // Collect classes in order of their first claim.
  absl::flat_hash_map<size_t, size_t> class_of_root;
  std::vector<std::vector<size_t>> classes;
  for (size_t i = 0; i < n; ++i) {
    auto [it, inserted] = class_of_root.try_emplace(uf.Find(i), classes.size());
    if (inserted) classes.emplace_back();
    classes[it->second].push_back(i);
  }
  Independence result;
  result.independent_sources = classes.size();
  for (const std::vector<size_t>& members : classes) {
    absl::flat_hash_set<uint32_t> member_docs;
    for (size_t i : members) member_docs.insert(claims[indices[i]].document_index);
    if (member_docs.size() < 2) continue;
    SourceCluster cluster;
    unsigned reasons = uf.reasons(uf.Find(members.front()));
    std::vector<std::string> words;
    if (reasons & kSameSource) words.push_back("same cited source");
    if (reasons & kSameOutlet) words.push_back("same outlet");
    if (reasons & kSameWording) words.push_back("same wording");
    cluster.reason = absl::StrJoin(words, ", ");
    // Name the shared source when every claim of the class cites one.
    std::string key = SourceKey(claims[indices[members.front()]]);
    bool shared = !key.empty();
    for (size_t i : members) {
      cluster.claims.push_back(indices[i]);
      if (SourceKey(claims[indices[i]]) != key) shared = false;
    }
    if (shared) {
      cluster.source_id = claims[indices[members.front()]].source->id;
      cluster.source_name = claims[indices[members.front()]].source->name;
    }
    result.repeated.push_back(std::move(cluster));
  }
  return result;
}

}  // namespace sangati
