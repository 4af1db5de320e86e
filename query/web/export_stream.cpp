#include "export_stream.hpp"

#include <ostream>

#include "result_writer.hpp"

namespace news::web {
namespace {

// The browser stopped reading: the search is abandoned.
struct ClientGone {};

// An output buffer that sends what is written as chunks of up to 64 KB.
class SinkBuffer : public std::streambuf {
 public:
  explicit SinkBuffer(httplib::DataSink& sink) : m_sink(sink), m_buffer(64 * 1024) {
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
  }

 protected:
  int_type overflow(int_type c) override {
    send();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    send();
    return 0;
  }

 private:
  void send() {
    const std::size_t n = std::size_t(pptr() - pbase());
    if (n > 0 && !m_sink.write(pbase(), n)) {
      throw ClientGone{};
    }
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
  }

  httplib::DataSink& m_sink;
  std::vector<char> m_buffer;
};

const char* content_type(OutputFormat format) {
  switch (format) {
    case OutputFormat::kCsv:
      return "text/csv; charset=utf-8";
    case OutputFormat::kJson:
      return "application/json";
    case OutputFormat::kJsonLines:
      return "application/x-ndjson";
    case OutputFormat::kText:
      break;
  }
  return "text/plain; charset=utf-8";
}

const char* extension(OutputFormat format) {
  return format == OutputFormat::kCsv ? "csv" : format == OutputFormat::kJson ? "json" : "jsonl";
}

// Runs the search into the writer; false when it could not be finished (the browser then
// sees a transfer cut short, not a complete file).
bool write_all(SearchEngine& engine, const SearchRequest& request, OutputFormat format,
               httplib::DataSink& sink) {
  try {
    SinkBuffer buffer(sink);
    std::ostream out(&buffer);
    out.exceptions(std::ios::badbit);
    const auto writer = make_writer(format, out, false, request);
    engine.search(
        request, [&](const SearchHeader& h) { writer->begin(h); },
        [&](const SearchResult& r) { writer->write(r); });
    writer->end();
    out.flush();
    sink.done();
    return true;
  } catch (...) {
    // ClientGone, a database error met mid-way, an unwritable stream: cut the transfer.
    return false;
  }
}

}  // namespace

std::optional<OutputFormat> export_format(const std::string& name) {
  if (name == "csv") {
    return OutputFormat::kCsv;
  }
  if (name == "json") {
    return OutputFormat::kJson;
  }
  if (name == "jsonl") {
    return OutputFormat::kJsonLines;
  }
  return std::nullopt;
}

void stream_export(SearchEngine& engine, const SearchRequest& request, OutputFormat format,
                   httplib::Response& response) {
  SearchRequest all = request;
  all.all = true;
  all.collapse = false;  // every matching article, copies included: the whole match set
  response.set_header(
      "Content-Disposition",
      std::string("attachment; filename=\"newsindex-export.") + extension(format) + "\"");
  response.set_chunked_content_provider(
      content_type(format), [&engine, all, format](std::size_t, httplib::DataSink& sink) {
        return write_all(engine, all, format, sink);
      });
}

}  // namespace news::web
