// One-line messages about inputs, on stderr: "newsindex: PATH: reason".
#pragma once

#include <string>

namespace news {

// The terminal progress line is showing (set by Progress): a message first clears it, so
// that it starts on a line of its own instead of at the end of the progress line.
void set_progress_line_shown(bool shown);

// A file or record that could not be read.
void report_failure(const std::string& path, const std::string& reason);

// Something the run decided that the user should know: "newsindex: note: message".
void report_note(const std::string& message);

// A file that was read, but with something the user should know.
void report_warning(const std::string& path, const std::string& reason);

}  // namespace news
