// engine/core/entity.h: entities from the entity lists (people, states,
// agencies, outlets, places) with their names in every script and the facts
// claims can be checked against.
//
// engine/rules loads them from YAML (rules/entities/*.yaml); engine/extract
// resolves names to ids; engine/compare checks role claims against `facts`.
// Plain data, read-only once loaded.
#ifndef SANGATI_ENGINE_CORE_ENTITY_H_
#define SANGATI_ENGINE_CORE_ENTITY_H_

#include <string>
#include <vector>

#include "engine/core/source_pos.h"

namespace sangati {

// A known fact about an entity: (entity) --relation--> object, e.g.
// kcna --state_news_agency_of--> north_korea, lavrov --foreign_minister_of--> russia.
struct EntityFact {
  std::string relation;  // canonical role/relation key
  std::string object;    // entity id (or free text when not an entity)
  // When the fact holds: ISO dates (YYYY-MM-DD), empty when open-ended.
  std::string since;
  std::string until;
};

struct Entity {
  std::string id;     // canonical id: "kcna", "sergei_lavrov", "north_korea"
  std::string type;   // person, organisation, news_agency, outlet, country, place
  std::vector<std::string> names;  // every spelling in every script, NFC
  std::vector<EntityFact> facts;
  std::string file;   // where it was defined, for messages
  SourcePos pos;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_ENTITY_H_
