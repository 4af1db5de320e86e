#include "batch_command.hpp"

#include <iostream>

#include "batch_search.hpp"
#include "batch_writer.hpp"
#include "error.hpp"

namespace news {

int run_batch(const QueryOptions& o, SearchEngine& engine, std::ostream& out) {
  const BatchFile file = read_batch_file(o.batch);
  const auto writer = make_batch_writer(o.format, out);
  writer->begin(o.batch, file.columns);
  std::size_t failed = 0, matched = 0;
  for (const BatchLine& line : file.lines) {
    BatchRow row{line, 0, "", "", {}};
    if (row.request.error.empty()) {
      try {
        row = answer_batch_line(engine, o.request, line);
      } catch (const Error& e) {
        if (e.code() != ExitCode::kUsage) {
          throw;
        }
        row.request.error = e.what();
      }
    }
    if (!row.request.error.empty()) {
      std::cerr << "newsquery: " << o.batch << ":" << line.line << ": " << row.request.error
                << '\n';
      ++failed;
    }
    matched += row.total > 0 ? 1 : 0;
    writer->write(row);
  }
  writer->end();
  if (failed > 0) {
    return int(ExitCode::kInput);
  }
  return matched > 0 ? int(ExitCode::kOk) : int(ExitCode::kNoMatch);
}

}  // namespace news
