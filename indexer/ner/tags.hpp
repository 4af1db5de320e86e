#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace news::ner {

// Entity types the tagger knows. MISC is learned (it sharpens the other types) but
// never reported.
enum class EntityType { kPerson = 0, kOrganization = 1, kLocation = 2, kMisc = 3 };
inline constexpr std::size_t kTypeCount = 4;
inline constexpr std::array<std::string_view, kTypeCount> kTypeNames = {"PER", "ORG", "LOC",
                                                                        "MISC"};

// BILOU tags: 0 is O, then Begin/Inside/Last/Unit for each type.
enum class Position { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
inline constexpr std::size_t kTagCount = 1 + 4 * kTypeCount;
using Tag = unsigned char;
inline constexpr Tag kOutside = 0;

inline Tag make_tag(EntityType type, Position pos) {
  return static_cast<Tag>(1 + 4 * static_cast<int>(type) + static_cast<int>(pos));
}
inline EntityType tag_type(Tag t) {
  return static_cast<EntityType>((t - 1) / 4);
}
inline Position tag_position(Tag t) {
  return static_cast<Position>((t - 1) % 4);
}

// Parses "PER"/"ORG"/"LOC"/"MISC" (any case); false for anything else.
bool parse_type(std::string_view name, EntityType& type);

// A typed span of tokens [first, last) within one sequence.
struct Span {
  std::size_t first = 0;
  std::size_t last = 0;
  EntityType type = EntityType::kMisc;
};

// Whether tag `next` may follow tag `prev` (kOutside stands for the sequence start).
bool transition_allowed(Tag prev, Tag next);

// Whether a sequence may end with tag `t`.
bool can_end(Tag t);

// Encodes spans (non-overlapping, sorted) over `length` tokens as BILOU tags.
std::vector<Tag> spans_to_tags(const std::vector<Span>& spans, std::size_t length);

// Decodes BILOU tags back into spans; ill-formed runs are repaired leniently.
std::vector<Span> tags_to_spans(const std::vector<Tag>& tags);

}  // namespace news::ner
