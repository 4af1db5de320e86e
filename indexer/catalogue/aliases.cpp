#include "aliases.hpp"

#include <sstream>
#include <vector>

#include "error.hpp"
#include "name_fold.hpp"

namespace news::catalogue {
namespace {

std::string trimmed(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) {
    return {};
  }
  const std::size_t end = s.find_last_not_of(" \t\r");
  return std::string(s.substr(begin, end - begin + 1));
}

std::vector<std::string> split_on(std::string_view line, std::string_view sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = line.find(sep, start);
    parts.push_back(trimmed(line.substr(start, at - start)));
    if (at == std::string_view::npos) {
      return parts;
    }
    start = at + sep.size();
  }
}

[[noreturn]] void bad_line(std::size_t number, const std::string& why) {
  throw Error(ExitCode::kUsage, "alias file line " + std::to_string(number) + ": " + why,
              "lines are `Full Name = Variant = ...` or `Name != Other Name` (docs/entities.md)");
}

void add_rule(AliasRules& rules, const std::string& line, std::size_t number) {
  const bool is_split = line.find("!=") != std::string::npos;
  const std::vector<std::string> names = split_on(line, is_split ? "!=" : "=");
  if (names.size() < 2) {
    bad_line(number, "expected `=` or `!=` between names");
  }
  for (const std::string& name : names) {
    if (name.empty()) {
      bad_line(number, "a side of the rule has no name");
    }
  }
  if (is_split) {
    if (names.size() != 2) {
      bad_line(number, "a split names exactly two names");
    }
    const std::string a = fold_name(names[0]), b = fold_name(names[1]);
    rules.splits.insert({a, b});
    rules.splits.insert({b, a});
    return;
  }
  for (std::size_t i = 1; i < names.size(); ++i) {
    const std::string folded = fold_name(names[i]);
    const auto [it, fresh] = rules.merges.emplace(folded, names[0]);
    if (!fresh && fold_name(it->second) != fold_name(names[0])) {
      bad_line(number, "\"" + names[i] + "\" is already merged into \"" + it->second + "\"");
    }
  }
}

}  // namespace

const std::string* AliasRules::merged_into(const std::string& folded) const {
  const auto it = merges.find(folded);
  return it == merges.end() ? nullptr : &it->second;
}

bool AliasRules::split(const std::string& a, const std::string& b) const {
  return splits.contains({a, b});
}

AliasRules parse_aliases(std::string_view text) {
  AliasRules rules;
  std::istringstream in{std::string(text)};
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string rule = trimmed(line);
    if (!rule.empty() && rule[0] != '#') {
      add_rule(rules, rule, number);
    }
  }
  return rules;
}

}  // namespace news::catalogue
