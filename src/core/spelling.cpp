#include "core/spelling.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace motcua::core {
namespace {

// Words inside a name are separated by spaces and the punctuation catalog names use.
std::vector<std::string> written_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (const char c : text) {
    if (c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' ||
        c == '/' || c == '"' || c == '-' || c == '\t' || c == '\n') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

int tolerance(std::size_t length) { return length <= 4 ? 1 : 2; }

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  std::vector<int> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

Vocabulary::Vocabulary(const std::vector<std::string>& texts) {
  // Words after the first come in their lower-case spelling ("khai sinh" in "Đăng ký khai sinh"),
  // so they are taken first; a name's capitalised first word only fills the gaps.
  for (const bool first_words : {false, true}) {
    for (const auto& text : texts) {
      const auto words = written_words(text);
      for (std::size_t i = first_words ? 0 : 1; i < words.size(); ++i) {
        if (first_words && i > 0) break;
        const auto terms = search_terms(words[i]);
        if (terms.size() == 1) words_.emplace(terms.front(), words[i]);
      }
    }
  }
}

std::string Vocabulary::closest(const std::string& folded) const {
  std::string best;
  int best_distance = tolerance(folded.size()) + 1;
  for (const auto& [word, written] : words_) {
    // The length difference bounds the distance from below: skip the hopeless ones cheaply.
    const auto gap =
        word.size() > folded.size() ? word.size() - folded.size() : folded.size() - word.size();
    if (static_cast<int>(gap) >= best_distance) continue;
    const int distance = edit_distance(folded, word);
    if (distance < best_distance) {
      best_distance = distance;
      best = word;
    }
  }
  return best;
}

std::string Vocabulary::written(const std::string& folded) const {
  const auto found = words_.find(folded);
  return found == words_.end() ? "" : found->second;
}

std::string suggest_query(std::string_view query, const Vocabulary& vocabulary) {
  const auto terms = search_terms(query);
  std::string suggestion;
  bool changed = false;
  for (const auto& term : terms) {
    std::string word = term;
    if (!vocabulary.contains(term)) {
      word = vocabulary.closest(term);
      if (word.empty()) return "";
      changed = true;
    }
    suggestion += (suggestion.empty() ? "" : " ") + vocabulary.written(word);
  }
  return changed ? suggestion : "";
}

}  // namespace motcua::core
