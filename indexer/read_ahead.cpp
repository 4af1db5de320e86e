#include "read_ahead.hpp"

#include <exception>

#include "sources/item_reading.hpp"

namespace news {
namespace {

// A member as read_input_file reads it inside its archive, then encoded as the read-ahead
// encodes a file. Never throws: what a worker would have thrown is kept for the assembly.
void read_piece(TakenItem member, MemberPiece& piece, const InputFile& file,
                const ReadSettings& settings, const catalogue::LinkSnapshot* links, bool encode) {
  try {
    try {
      const auto read = member.read;
      piece.outcome.result = read(std::move(member));
      finish_articles(piece.outcome.result.articles, file, settings, piece.cut_warnings);
    } catch (const std::exception& e) {
      piece.failure = read_failure(e);
      return;
    }
    if (encode) {
      encode_articles(piece.outcome, links);
    }
  } catch (...) {
    piece.error = std::current_exception();
  }
}

// The file's outcome from its members' pieces, in member order, and what the archive itself
// said (`archive`: skipped members, damage), as read_loaded and encode_articles give it.
// Each piece goes as soon as it is taken, and the outcome's lists are sized once, so that
// no more than the archive's outcome is held at once.
void assemble(std::vector<std::unique_ptr<MemberPiece>>& pieces, ReadResult archive,
              FileOutcome& out) {
  std::size_t articles = 0;
  std::size_t words = 0;
  for (const auto& piece : pieces) {
    articles += piece->outcome.result.articles.size();
    words += piece->outcome.spelling_words.size();
  }
  ReadResult read;
  read.articles.reserve(articles);
  out.documents.reserve(articles);
  out.spelling_words.reserve(words);
  std::vector<std::string> cut_warnings;
  for (auto& piece : pieces) {
    add_item_result(std::move(piece->outcome.result), read);
    for (Xapian::Document& d : piece->outcome.documents) {
      out.documents.push_back(std::move(d));
    }
    for (std::string& w : piece->outcome.spelling_words) {
      out.spelling_words.push_back(std::move(w));
    }
    for (std::string& w : piece->cut_warnings) {
      cut_warnings.push_back(std::move(w));
    }
    piece.reset();
  }
  add_item_result(std::move(archive), read);
  add_read(std::move(read), out.result);
  for (std::string& w : cut_warnings) {
    out.result.warnings.push_back(std::move(w));
  }
}

}  // namespace

ReadAhead::ReadAhead(unsigned jobs, const ReadSettings& settings, bool encode)
    : m_settings(settings),
      m_encode(encode),
      m_window(kPerJob * std::max(jobs, 1U)),
      m_pipeline(jobs, [this](ReadTask& task) { return read(task); }) {}

bool ReadAhead::can_send(const InputFile& file) const {
  if (m_sent.size() >= m_window) {
    return false;
  }
  return m_heavy < kHeavy || !is_heavy(file, m_settings.max_article_bytes);
}

void ReadAhead::send(ReadTask task) {
  const bool heavy = is_heavy(*task.file, m_settings.max_article_bytes);
  m_heavy += heavy ? 1 : 0;
  m_sent.emplace_back(task.file, heavy);
  m_pipeline.submit(std::move(task));
}

std::pair<const InputFile*, FileOutcome> ReadAhead::take() {
  const auto [file, heavy] = m_sent.front();
  m_sent.pop_front();
  m_heavy -= heavy ? 1 : 0;
  return {file, m_pipeline.next()};
}

FileOutcome ReadAhead::read(ReadTask& task) {
  const HeavyFileSlot slot(is_heavy(*task.file, m_settings.max_article_bytes));
  LoadedFile loaded = load_input_file(*task.file, task.known_hash, m_settings);
  if (loaded.to_read() && reads_as_stream(loaded.kind)) {
    return read_members(loaded, task);
  }
  FileOutcome outcome = read_loaded(loaded, *task.file, m_settings);
  if (m_encode && outcome.failure.empty() && !outcome.unchanged) {
    encode_articles(outcome, task.links.get());
  }
  return outcome;
}

FileOutcome ReadAhead::read_members(LoadedFile& loaded, const ReadTask& task) {
  FileOutcome& out = loaded.outcome;
  std::vector<std::unique_ptr<MemberPiece>> pieces;
  InFlight in_flight;
  RawItem holder;
  std::unique_ptr<ItemStream> stream;
  std::exception_ptr stream_error;
  try {
    stream = open_item_stream(loaded.item, loaded.kind, holder);
    while (std::optional<TakenItem> member = stream->next()) {
      send_member(std::move(*member), task, out.stamp, pieces, in_flight);
    }
  } catch (...) {
    stream_error = std::current_exception();
  }
  m_pipeline.help_until([&] { return in_flight.members == 0; });  // they use what is here
  ReadResult archive;
  try {
    for (const auto& piece : pieces) {  // what one worker reading in order would meet first
      if (piece->error) {
        std::rethrow_exception(piece->error);
      }
      if (!piece->failure.empty()) {
        out.failure = piece->failure;
        return std::move(out);
      }
    }
    if (stream_error) {
      std::rethrow_exception(stream_error);
    }
    stream->finish(archive);
  } catch (const std::exception& e) {
    out.failure = read_failure(e);
    return std::move(out);
  }
  assemble(pieces, std::move(archive), out);
  return std::move(out);
}

// Hands one member to the workers once fewer than kPerJob per worker and kMemberBytes wait.
void ReadAhead::send_member(TakenItem member, const ReadTask& task, const FileStamp& stamp,
                            std::vector<std::unique_ptr<MemberPiece>>& pieces,
                            InFlight& in_flight) {
  const std::size_t bytes = member.item ? member.item->bytes.size() : 0;
  m_pipeline.help_until([&] {
    return in_flight.members == 0 ||
           (in_flight.members < m_window && in_flight.bytes + bytes <= kMemberBytes);
  });
  pieces.push_back(std::make_unique<MemberPiece>());
  pieces.back()->outcome.stamp = stamp;
  ++in_flight.members;
  in_flight.bytes += bytes;
  m_pipeline.submit_side([this, &task, &in_flight, bytes, piece = pieces.back().get(),
                          member = std::move(member)]() mutable {
    read_piece(std::move(member), *piece, *task.file, m_settings, task.links.get(), m_encode);
    in_flight.bytes -= bytes;
    --in_flight.members;
  });
}

}  // namespace news
