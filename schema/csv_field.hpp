// One CSV cell as every CSV output of both programs writes it.
#pragma once

#include <string>
#include <string_view>

namespace news {

// A cell quoted as RFC 4180 requires (in double quotes, doubled inside, when it holds a
// comma, quote, CR or LF), and never one a spreadsheet would run as a formula: a value
// starting with '=', '+', '-', '@', tab or carriage return gets a leading single quote
// (OWASP's advice on CSV injection), so "=HYPERLINK(...)" is shown as text. Every CSV
// writer goes through here, so the guard cannot be forgotten by one of them.
std::string csv_field(std::string_view value);

// True when a spreadsheet would read `value` as a formula (the guard above applies).
bool starts_like_formula(std::string_view value);

}  // namespace news
