// engine/compare/independence.h: which claims of a finding are not
// independent of each other.
//
// Two claims count as one source when they share any of: the document or an
// outlet (two reports of one outlet), the cited source (SourceRef id, or its
// name folded to lower case when there is no id: two outlets citing KCNA),
// or the wording (the same sentence, whitespace and ASCII case folded, at
// least kMinWordingBytes long: one wire story printed twice). The relation is
// closed transitively (union-find), so the result is a partition.
//
// Pure and thread-safe.
#ifndef SANGATI_ENGINE_COMPARE_INDEPENDENCE_H_
#define SANGATI_ENGINE_COMPARE_INDEPENDENCE_H_

#include <cstddef>
#include <vector>

#include "engine/compare/finding.h"
#include "engine/core/claim.h"
#include "engine/core/document.h"

namespace sangati {

inline constexpr size_t kMinWordingBytes = 60;

struct Independence {
  size_t independent_sources = 0;    // number of classes
  std::vector<SourceCluster> repeated;  // classes spanning >= 2 documents
};

// Independence of the claims `indices` (into `claims`). REQUIRES: every
// claim's document_index < docs.size().
Independence AnalyseIndependence(const std::vector<Document>& docs,
                                 const std::vector<Claim>& claims,
                                 const std::vector<size_t>& indices);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_INDEPENDENCE_H_
