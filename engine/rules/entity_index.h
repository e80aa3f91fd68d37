// engine/rules/entity_index.h: entity names -> ids, through inflections.
//
// Built once by RuleSet::Compile() from the entity lists and then read-only
// (safe for concurrent use). It serves three purposes:
//  - ClassPattern(): the RE2 text behind {{entity:person}} in rule patterns,
//    an alternation of every name of the given types (longest first, quoted)
//    followed by an optional inflection (পুতিনের, কিমকে, কেসিএনএ-র,
//    Lavrov's), so rules need not list suffixes;
//  - Resolve(): a captured name, inflected or not, to its entity, by exact
//    lookup and then by stripping one known ending (kBengaliEndings below);
//  - FindMentions(): every entity named inside a longer capture, for
//    `parse: entity` when the capture is wider than a name ("রাশিয়ার
//    পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ") and for `parse: entities`.
// Lookups ignore hyphens and letter case, except that all-upper-case ASCII
// names (US, UN, KCNA) are acronyms, matched case-sensitively.
#ifndef SANGATI_ENGINE_RULES_ENTITY_INDEX_H_
#define SANGATI_ENGINE_RULES_ENTITY_INDEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "engine/core/entity.h"
#include "engine/core/source_pos.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace sangati {

// An entity named in a text: [begin, end) bytes, inflection included.
struct EntityMention {
  size_t begin = 0;
  size_t end = 0;
  const Entity* entity = nullptr;
};

class EntityIndex {
 public:
  // `entities` hold normalised names. `max_mem` bounds the mention RE2.
  EntityIndex(std::vector<Entity> entities, int64_t max_mem);
  ~EntityIndex();
  // Not copyable.
  EntityIndex(const EntityIndex&) = delete;
  EntityIndex& operator=(const EntityIndex&) = delete;

  const std::vector<Entity>& entities() const { return entities_; }
  // nullptr when no entity has this id.
  const Entity* Find(std::string_view id) const;
  // Entity types present, sorted.
  std::vector<std::string> Types() const;

  // The entity `name` denotes, trying the name as written and then with one
  // Bengali or English ending removed (ের, এর, র, য়ের, কে, রা, দের, য়, ে,
  // তে, সহ, ও, ই and their combinations, 's). nullptr when none.
  const Entity* Resolve(std::string_view name) const;

  // Appends every entity mention in `text`, left to right, not overlapping,
  // each starting and ending at a word edge.
  void FindMentions(std::string_view text, std::vector<EntityMention>* out) const;

  // The mention in `text` of a name written with a digit (Barta24, জি ২৪
  // ঘণ্টা, G20) that overlaps [begin, end), as FindMentions() finds it;
  // nullopt when none. A figure inside such a name is not a quantity.
  std::optional<EntityMention> NameWithDigitsAt(std::string_view text, size_t begin,
                                               size_t end) const;

  // Where a longer personal name that runs on from a Latin-script name
  // ending at byte `end` of `text` ends: "Hasan Mahmud Khan" runs on from
  // "Hasan Mahmud" to after "Khan". Returns `end` when the name does not run
  // on: the next word is not a capitalised word after spaces only, or is a
  // word that legitimately follows a name (a weekday or month, a function or
  // reporting word, a word of a body or place named after a person: "Trump
  // Administration", "Touhid Hossain Monday", "said"), or begins another
  // entity's name (two names side by side in a glued list). See
  // docs/rules.md, "Entity resolution".
  size_t NameContinuation(std::string_view text, size_t end) const;

  // RE2 source (no capturing groups) matching any name of the given types
  // plus an optional inflection; "*" means every type. Empty when no entity
  // has these types.
  std::string ClassPattern(const std::vector<std::string>& types) const;

  // The inflection pattern appended to names (no capturing groups).
  static const std::string& InflectionPattern();

  // Lookup key of a name: trimmed of spaces/punctuation, hyphens as spaces,
  // spaces collapsed, ASCII lower-cased, nukta letters precomposed.
  static std::string NameKey(std::string_view name);

 private:
  static std::string Key(std::string_view name, bool lower);
  // The entity whose name has this key, case-sensitively for acronyms.
  const Entity* Lookup(std::string_view name) const;

  std::vector<Entity> entities_;
  absl::flat_hash_map<std::string, size_t> by_id_;
  absl::flat_hash_map<std::string, size_t> by_name_;  // NameKey -> entity index
  // Mentions of `names` (a pattern built by MentionPattern) in `text`. A
  // person's Latin-script name that runs on into a longer name
  // (NameContinuation) is not a mention of that person.
  void FindWith(const re2::RE2& names, std::string_view text,
                std::vector<EntityMention>* out) const;

  std::unique_ptr<re2::RE2> mentions_;  // every name + inflection; null when no names
  std::unique_ptr<re2::RE2> numbered_;  // the names written with a digit; null when none
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_ENTITY_INDEX_H_
