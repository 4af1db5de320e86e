#include "part_assembly.hpp"

#include <utility>

#include "sources/item_stream.hpp"

namespace news {

PartAssembly::PartAssembly(const FileStamp& stamp, PartLimits limits, Emit emit)
    : m_stamp(stamp), m_limits(limits), m_emit(std::move(emit)) {
  m_part.stamp = stamp;
}

MemberPiece& PartAssembly::add() {
  m_pieces.push_back(std::make_unique<MemberPiece>());
  m_pieces.back()->outcome.stamp = m_stamp;
  return *m_pieces.back();
}

void PartAssembly::take_finished() {
  while (!m_failed && !m_pieces.empty() && m_pieces.front()->done.load()) {
    MemberPiece& piece = *m_pieces.front();
    if (piece.error || !piece.failure.empty()) {
      m_failed = true;  // kept at the front: failure() reads it
      return;
    }
    take(piece);
    m_pieces.pop_front();
  }
}

// A piece's articles join the part (emitted first when it is full); its messages are kept.
void PartAssembly::take(MemberPiece& piece) {
  ReadResult& read = piece.outcome.result;
  const bool full =
      m_part.result.articles.size() >= m_limits.articles || m_part_bytes >= m_limits.bytes;
  if (full && !read.articles.empty()) {
    emit_part();
  }
  for (Article& article : read.articles) {
    m_part_bytes += article.title.size() + article.body.size();
    m_part.result.articles.push_back(std::move(article));
  }
  read.articles.clear();
  for (Xapian::Document& document : piece.outcome.documents) {
    m_part.documents.push_back(std::move(document));
  }
  for (std::string& word : piece.outcome.spelling_words) {
    m_part.spelling_words.push_back(std::move(word));
  }
  add_item_result(std::move(read), m_messages);
  for (std::string& warning : piece.cut_warnings) {
    m_cut_warnings.push_back(std::move(warning));
  }
}

void PartAssembly::emit_part() {
  FileOutcome part = std::exchange(m_part, FileOutcome{});
  m_part.stamp = m_stamp;
  m_part_bytes = 0;
  ++m_emitted;
  m_emit(std::move(part));
}

bool PartAssembly::failure(std::string& failure) const {
  if (!m_failed) {
    return false;
  }
  const MemberPiece& piece = *m_pieces.front();
  if (piece.error) {
    std::rethrow_exception(piece.error);
  }
  failure = piece.failure;
  return true;
}

void PartAssembly::finish(ReadResult container, FileOutcome& out) {
  ReadResult read = std::move(m_messages);
  read.articles = std::move(m_part.result.articles);
  add_item_result(std::move(container), read);
  add_read(std::move(read), out.result);
  out.documents = std::move(m_part.documents);
  out.spelling_words = std::move(m_part.spelling_words);
  for (std::string& warning : m_cut_warnings) {
    out.result.warnings.push_back(std::move(warning));
  }
  m_part = FileOutcome{};
  m_part_bytes = 0;
}

}  // namespace news
