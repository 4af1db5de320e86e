// One-line messages about inputs, on stderr: "newsindex: PATH: reason".
#pragma once

#include <string>

namespace news {

// A file or record that could not be read.
void report_failure(const std::string& path, const std::string& reason);

// A file that was read, but with something the user should know.
void report_warning(const std::string& path, const std::string& reason);

}  // namespace news
