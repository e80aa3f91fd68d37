// engine/compare/story.h: which documents tell the same story.
//
// An audit of a folder that mixes stories (a day's news, a dataset) must not
// compare "the price" in a market report with "the price" in a budget story.
// Before claims are compared, documents are grouped into stories and claims
// are compared only within their story (role claims excepted: "KCNA is
// North Korea's state agency" is a fact about KCNA whatever the story).
//
// A document is described by two weighted feature vectors (tf-idf over the
// run's documents, cosine similarity):
//   words    the content words of its title (counted three times) and body,
//            lower-cased, stop words of Bengali and English left out and a
//            Bengali case ending taken off (সরকারের -> সরকার); compared only
//            with the story's documents of the same language;
//   anchors  what does not depend on the language: the entities of the
//            lists it names (found by their spellings in every script, with
//            Bengali case endings: পুতিনের -> vladimir_putin) and the topics
//            of its claims ("deaths · event cyclone"), so a Bengali and an
//            English report of one event meet; used only to join a story
//            that has no document in the new one's language yet (within a
//            language the words are the better evidence: on the corpus's
//            800 summarisation documents, anchors alone left half the
//            summaries apart from their article).
// Documents are taken in order of publication (then input order); each
// joins the story it is most similar to (the sum of its members' vectors)
// when the words or the anchors are similar enough and its date lies within
// `max_days_apart` of the story's, and otherwise starts a story of its own.
// Anchor vectors are shortened when they hold little evidence (one common
// entity), so such a document does not look like every story naming it.
// Candidate stories come from an inverted index of each document's
// strongest features, so the cost is near-linear in the documents.
// docs/compare.md "Stories" is the user-facing description; keep in step.
#ifndef SANGATI_ENGINE_COMPARE_STORY_H_
#define SANGATI_ENGINE_COMPARE_STORY_H_

#include <cstddef>
#include <vector>

#include "engine/core/claim.h"
#include "engine/core/document.h"
#include "engine/core/entity.h"

namespace sangati {

struct StoryOptions {
  // Cosine of the word vectors (same language) at or above which a document
  // joins a story.
  double min_word_similarity = 0.20;
  // Cosine of the anchor vectors at or above which a document joins a story
  // that has no document in its language yet.
  double min_anchor_similarity = 0.50;
  // How much evidence an anchor vector needs to count fully: its length is
  // |v| / sqrt(|v|^2 + anchor_shrink * idf_max^2), where idf_max is the idf
  // of a feature of one document. 2 means about two rare anchors.
  double anchor_shrink = 2.0;
  // A story is compared by its strongest features only (of its members'
  // summed vectors): its core vocabulary. Without the cut, a story that has
  // gathered many articles matches anything by its long tail of words.
  size_t centroid_features = 30;
  // A document joins a story only when its publication date lies within
  // this many days of the story's dates (unknown dates do not constrain).
  // Ten years by default: a story may run for years (the seeds span 2023 to
  // 2025), and time frames already keep its claims of different days apart.
  int max_days_apart = 3650;
  // Inputs of at most this many documents are one story. Grouping learns
  // which words are common from the input itself; a handful of articles
  // cannot tell a story's own vocabulary from everyday words, so their
  // grouping would split one story's coverage at random (and a handful of
  // articles is usually one story's coverage). 0: always group.
  size_t one_story_up_to = 10;
};

// The story of each document: story_of[i] is in [0, number of stories),
// numbered in order of each story's first document in `docs`. Pure and
// deterministic: the same inputs give the same grouping.
std::vector<int> GroupStories(const std::vector<Document>& docs,
                              const std::vector<Claim>& claims,
                              const std::vector<Entity>& entities,
                              const StoryOptions& options);

}  // namespace sangati

#endif  // SANGATI_ENGINE_COMPARE_STORY_H_
