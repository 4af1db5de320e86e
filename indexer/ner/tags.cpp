#include "tags.hpp"

#include <cctype>

namespace news::ner {

bool parse_type(std::string_view name, EntityType& type) {
  for (std::size_t i = 0; i < kTypeCount; ++i) {
    std::string_view want = kTypeNames[i];
    if (name.size() != want.size()) {
      continue;
    }
    bool same = true;
    for (std::size_t k = 0; k < name.size(); ++k) {
      same = same && std::toupper(static_cast<unsigned char>(name[k])) == want[k];
    }
    if (same) {
      type = static_cast<EntityType>(i);
      return true;
    }
  }
  return false;
}

bool transition_allowed(Tag prev, Tag next) {
  bool prev_open = prev != kOutside && (tag_position(prev) == Position::kBegin ||
                                        tag_position(prev) == Position::kInside);
  bool next_continues = next != kOutside && (tag_position(next) == Position::kInside ||
                                             tag_position(next) == Position::kLast);
  if (prev_open) {
    return next_continues && tag_type(prev) == tag_type(next);
  }
  return !next_continues;
}

bool can_end(Tag t) {
  return t == kOutside || tag_position(t) == Position::kLast || tag_position(t) == Position::kUnit;
}

std::vector<Tag> spans_to_tags(const std::vector<Span>& spans, std::size_t length) {
  std::vector<Tag> tags(length, kOutside);
  for (const Span& s : spans) {
    if (s.last <= s.first || s.last > length) {
      continue;
    }
    if (s.last - s.first == 1) {
      tags[s.first] = make_tag(s.type, Position::kUnit);
      continue;
    }
    tags[s.first] = make_tag(s.type, Position::kBegin);
    for (std::size_t i = s.first + 1; i + 1 < s.last; ++i) {
      tags[i] = make_tag(s.type, Position::kInside);
    }
    tags[s.last - 1] = make_tag(s.type, Position::kLast);
  }
  return tags;
}

std::vector<Span> tags_to_spans(const std::vector<Tag>& tags) {
  std::vector<Span> spans;
  bool open = false;
  Span cur;
  for (std::size_t i = 0; i <= tags.size(); ++i) {
    Tag t = i < tags.size() ? tags[i] : kOutside;
    bool continues = open && t != kOutside && tag_type(t) == cur.type &&
                     (tag_position(t) == Position::kInside || tag_position(t) == Position::kLast);
    if (open && !continues) {
      cur.last = i;
      spans.push_back(cur);
      open = false;
    }
    if (t == kOutside) {
      continue;
    }
    if (!continues) {
      cur = Span{i, i + 1, tag_type(t)};
      open = true;
    }
    if (tag_position(t) == Position::kLast || tag_position(t) == Position::kUnit) {
      cur.last = i + 1;
      spans.push_back(cur);
      open = false;
    }
  }
  return spans;
}

}  // namespace news::ner
