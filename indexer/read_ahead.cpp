#include "read_ahead.hpp"

#include <exception>

#include "interrupt.hpp"
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

}  // namespace

void PartChannel::push(FileOutcome part) {
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [&] { return m_parts.size() < kWaiting || m_abandoned; });
  if (m_abandoned) {
    return;
  }
  m_parts.push_back(std::move(part));
  m_changed.notify_all();
}

std::optional<FileOutcome> PartChannel::pop() {
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [&] { return m_closed || !m_parts.empty(); });
  if (m_parts.empty()) {
    return std::nullopt;
  }
  FileOutcome part = std::move(m_parts.front());
  m_parts.pop_front();
  m_changed.notify_all();
  return part;
}

void PartChannel::close() {
  const std::lock_guard lock(m_mutex);
  m_closed = true;
  m_changed.notify_all();
}

void PartChannel::abandon() {
  const std::lock_guard lock(m_mutex);
  m_abandoned = true;
  m_parts.clear();
  m_changed.notify_all();
}

ReadAhead::ReadAhead(unsigned jobs, const ReadSettings& settings, bool encode, PartLimits limits)
    : m_settings(settings),
      m_encode(encode),
      m_limits(limits),
      m_window(kPerJob * std::max(jobs, 1U)),
      m_pipeline(jobs, [this](Job& job) { return read(job); }) {}

ReadAhead::~ReadAhead() {
  for (const Sent& sent : m_sent) {
    sent.parts->abandon();
  }
}

bool ReadAhead::can_send(const InputFile& file) const {
  if (m_sent.size() >= m_window) {
    return false;
  }
  return m_heavy < kHeavy || !is_heavy(file, m_settings.max_article_bytes);
}

void ReadAhead::send(ReadTask task) {
  const bool heavy = is_heavy(*task.file, m_settings.max_article_bytes);
  m_heavy += heavy ? 1 : 0;
  auto parts = std::make_shared<PartChannel>();
  m_sent.push_back({task.file, heavy, parts});
  m_pipeline.submit({std::move(task), std::move(parts)});
}

FilePart ReadAhead::take() {
  const Sent sent = m_sent.front();
  if (std::optional<FileOutcome> part = sent.parts->pop()) {
    return {sent.file, std::move(*part), false};
  }
  m_sent.pop_front();
  m_heavy -= sent.heavy ? 1 : 0;
  return {sent.file, m_pipeline.next(), true};
}

FileOutcome ReadAhead::read(Job& job) {
  struct Closer {
    PartChannel& parts;
    ~Closer() { parts.close(); }
  } closer{*job.parts};
  const ReadTask& task = job.task;
  const HeavyFileSlot slot(is_heavy(*task.file, m_settings.max_article_bytes));
  LoadedFile loaded = load_input_file(*task.file, task.known_hash, m_settings);
  if (loaded.to_read() && reads_as_stream(loaded.kind)) {
    return read_members(loaded, job);
  }
  FileOutcome outcome = read_loaded(loaded, *task.file, m_settings);
  if (m_encode && outcome.failure.empty() && !outcome.unchanged) {
    encode_articles(outcome, task.links.get());
  }
  return outcome;
}

// The members are taken out while the parts they fill go to the writer; once every member
// is read, the outcome says what one worker reading the archive alone would have said.
FileOutcome ReadAhead::read_members(LoadedFile& loaded, const Job& job) {
  FileOutcome& out = loaded.outcome;
  PartAssembly parts(out.stamp, m_limits,
                     [&](FileOutcome part) { job.parts->push(std::move(part)); });
  InFlight in_flight;
  RawItem holder;
  std::unique_ptr<ItemStream> stream;
  std::exception_ptr stream_error;
  try {
    stream = open_item_stream(loaded.item, loaded.kind, holder);
    send_members(*stream, job, parts, in_flight, out.cut_short);
  } catch (...) {
    stream_error = std::current_exception();
  }
  m_pipeline.help_until([&] { return in_flight.members == 0; });  // they use what is here
  parts.take_finished();
  ReadResult container;
  try {
    if (parts.failure(out.failure)) {
      return std::move(out);
    }
    if (stream_error) {
      std::rethrow_exception(stream_error);
    }
    if (!out.cut_short) {
      stream->finish(container);
    }
  } catch (const std::exception& e) {
    out.failure = read_failure(e);
    return std::move(out);
  }
  parts.finish(std::move(container), out);
  return std::move(out);
}

// Takes the members out for the workers until the last, a failure in member order, an
// interrupt (`cut_short`), or the read-ahead going.
void ReadAhead::send_members(ItemStream& stream, const Job& job, PartAssembly& parts,
                             InFlight& in_flight, bool& cut_short) {
  while (!parts.failed() && !cut_short && !job.parts->abandoned()) {
    std::optional<TakenItem> member = stream.next();
    if (!member) {
      return;
    }
    send_member(std::move(*member), job.task, parts, in_flight);
    cut_short = interrupted();
  }
}

// Hands one member to the workers once fewer than kPerJob per worker and kMemberBytes wait
// to be read, and fewer than kHeldPerJob times that are held; the pieces read meanwhile go
// into parts.
void ReadAhead::send_member(TakenItem member, const ReadTask& task, PartAssembly& parts,
                            InFlight& in_flight) {
  const std::size_t bytes = member.item ? member.item->bytes.size() : 0;
  const auto room = [&] {
    return in_flight.members == 0 ||
           (in_flight.members < m_window && in_flight.bytes + bytes <= kMemberBytes &&
            parts.held() < kHeldPerJob * m_window);
  };
  // Pieces read after a slow one wait for it: they are taken (and room made) as soon as the
  // first one is done.
  do {
    m_pipeline.help_until([&] { return room() || parts.ready(); });
    parts.take_finished();
  } while (!room() && !parts.failed());
  MemberPiece& piece = parts.add();
  ++in_flight.members;
  in_flight.bytes += bytes;
  m_pipeline.submit_side(
      [this, &task, &in_flight, bytes, &piece, member = std::move(member)]() mutable {
        read_piece(std::move(member), piece, *task.file, m_settings, task.links.get(), m_encode);
        in_flight.bytes -= bytes;
        piece.done = true;
        --in_flight.members;
      });
}

}  // namespace news
