#include "csv_field.hpp"

namespace news {

bool starts_like_formula(std::string_view value) {
  return !value.empty() &&
         std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

std::string csv_field(std::string_view value) {
  std::string cell = starts_like_formula(value) ? "'" : "";
  cell.append(value);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    return cell;
  }
  std::string out = "\"";
  for (char c : cell) {
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return out + "\"";
}

}  // namespace news
