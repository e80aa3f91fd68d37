#include "engine/core/claim.h"

namespace sangati {

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kHedged: return "hedged";
    case Modality::kDenied: return "denied";
    case Modality::kAsserted: break;
  }
  return "asserted";
}

}  // namespace sangati
