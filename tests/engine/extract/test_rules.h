// tests/engine/extract/test_rules.h: compiles inline test rules together
// with the bundled sub-patterns (rules/common/numbers.yaml, dates.yaml) and
// entity lists, as a user rule file would be.
#ifndef SANGATI_TESTS_ENGINE_EXTRACT_TEST_RULES_H_
#define SANGATI_TESTS_ENGINE_EXTRACT_TEST_RULES_H_

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/extract/extractor.h"
#include "gtest/gtest.h"

namespace sangati {

inline std::string ReadTestFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The bundled files rules lean on: sub-patterns and entity lists.
inline std::vector<RuleFile> SupportFiles() {
  std::vector<RuleFile> files;
  const std::string root = std::string(SANGATI_SOURCE_DIR) + "/rules/";
  std::vector<std::string> paths = {root + "common/numbers.yaml", root + "common/dates.yaml"};
  for (const auto& e : std::filesystem::directory_iterator(root + "entities")) {
    if (e.path().extension() == ".yaml") paths.push_back(e.path().string());
  }
  std::sort(paths.begin() + 2, paths.end());
  for (const std::string& p : paths) files.push_back(RuleFile{p, ReadTestFile(p), 0});
  return files;
}

// Support files plus `rules` as "test.yaml" in layer 1.
inline std::shared_ptr<const RuleSet> CompileTestRules(const std::string& rules) {
  std::vector<RuleFile> files = SupportFiles();
  files.push_back(RuleFile{"test.yaml", rules, 1});
  std::vector<Diagnostic> diagnostics;
  auto set = CompileRules(files, RuleOptions{}, &diagnostics);
  EXPECT_TRUE(set.ok()) << set.status();
  return set.ok() ? *set : nullptr;
}

}  // namespace sangati

#endif  // SANGATI_TESTS_ENGINE_EXTRACT_TEST_RULES_H_
