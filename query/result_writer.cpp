#include "result_writer.hpp"

#include "csv_writer.hpp"
#include "json_writer.hpp"
#include "text_writer.hpp"

namespace news {

std::unique_ptr<ResultWriter> make_writer(OutputFormat format, std::ostream& out, bool terminal,
                                          const SearchRequest& request) {
  switch (format) {
    case OutputFormat::kJson:
      return std::make_unique<JsonWriter>(out, /*lines=*/false, request);
    case OutputFormat::kJsonLines:
      return std::make_unique<JsonWriter>(out, /*lines=*/true, request);
    case OutputFormat::kCsv:
      return std::make_unique<CsvWriter>(out);
    case OutputFormat::kText:
      break;
  }
  return std::make_unique<TextWriter>(out, terminal);
}

}  // namespace news
