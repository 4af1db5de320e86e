#include "file_name_date.hpp"

#include <string>

namespace news {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) {
    return false;
  }
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return true;
}

int number(std::string_view s, std::size_t pos, std::size_t n) {
  return std::stoi(std::string(s.substr(pos, n)));
}

bool is_separator(char c) {
  return c == '-' || c == '_' || c == '.';
}

// The byte after a date must not continue a number ("20251029123" is not a date).
bool ends_cleanly(std::string_view s, std::size_t pos) {
  return pos >= s.size() || !(s[pos] >= '0' && s[pos] <= '9');
}

std::optional<Timestamp> date_at_start(std::string_view name) {
  if (digits(name, 0, 4) && name.size() >= 10 && is_separator(name[4]) && name[7] == name[4] &&
      digits(name, 5, 2) && digits(name, 8, 2) && ends_cleanly(name, 10)) {
    return make_timestamp(number(name, 0, 4), unsigned(number(name, 5, 2)),
                          unsigned(number(name, 8, 2)));
  }
  if (digits(name, 0, 8) && ends_cleanly(name, 8)) {
    return make_timestamp(number(name, 0, 4), unsigned(number(name, 4, 2)),
                          unsigned(number(name, 6, 2)));
  }
  return std::nullopt;
}

// ".../2025/10/29/name": the three folders just above the file.
std::optional<Timestamp> date_in_folders(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  if (slash == path.npos || slash < 10) {
    return std::nullopt;
  }
  const std::size_t start = slash - 10;
  if ((start == 0 || path[start - 1] == '/') && digits(path, start, 4) && path[start + 4] == '/' &&
      digits(path, start + 5, 2) && path[start + 7] == '/' && digits(path, start + 8, 2)) {
    return make_timestamp(number(path, start, 4), unsigned(number(path, start + 5, 2)),
                          unsigned(number(path, start + 8, 2)));
  }
  return std::nullopt;
}

}  // namespace

std::optional<Timestamp> date_in_path(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == path.npos ? path : path.substr(slash + 1);
  if (auto ts = date_at_start(name)) {
    return ts;
  }
  return date_in_folders(path);
}

}  // namespace news
