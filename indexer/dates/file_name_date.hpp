// Dates that archives put in file names and folder names.
#pragma once

#include <optional>
#include <string_view>

#include "timestamp.hpp"

namespace news {

// The date in a path: a file name that starts with it ("2025-10-29-talks.txt",
// "20251029_talks.md", "2025_10_29 talks.txt") or folders "…/2025/10/29/talks.txt".
std::optional<Timestamp> date_in_path(std::string_view path);

}  // namespace news
