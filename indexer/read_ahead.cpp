#include "read_ahead.hpp"

namespace news {

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

FileOutcome ReadAhead::read(ReadTask& task) const {
  const HeavyFileSlot slot(is_heavy(*task.file, m_settings.max_article_bytes));
  FileOutcome outcome = read_input_file(*task.file, task.known_hash, m_settings);
  if (m_encode && outcome.failure.empty() && !outcome.unchanged) {
    encode_articles(outcome, task.links.get());
  }
  return outcome;
}

}  // namespace news
