#include "core/assistant_question.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <sstream>

#include "core/dossier_code.hpp"
#include "core/text.hpp"

namespace motcua::core {
namespace {

struct Cue {
  AssistantTopic topic;
  std::vector<std::string_view> phrases;  // folded
};

// The first cue found wins: a fee question often also says "hồ sơ", so papers come after fees.
const std::array kCues{
    Cue{AssistantTopic::my_dossiers, {"ho so cua toi", "ho so cua minh", "toi da nop"}},
    Cue{AssistantTopic::fee, {"le phi", "phi ", "bao nhieu tien", "mat bao nhieu", "chi phi"}},
    Cue{AssistantTopic::duration,
        {"bao lau", "may ngay", "thoi gian", "thoi han", "khi nao co ket qua", "mat bao lau"}},
    Cue{AssistantTopic::papers,
        {"giay to", "can nhung gi", "thanh phan", "can mang", "chuan bi gi", "can gi"}},
};

// Words that ask rather than name: dropped before the catalog is searched.
const std::vector<std::string_view> kQuestionWords{
    "thu tuc",  "lam",      "nhu the nao", "the nao", "bao nhieu", "bao lau",
    "can",      "nhung",    "gi",          "le phi",  "phi",       "thoi gian",
    "thoi han", "giay to",  "thanh phan",  "ho so",   "cho",       "toi",
    "muon",     "hoi",      "xin",         "de",      "ve",        "va",
    "la",       "co",       "khong",       "may",     "ngay",      "mat",
    "tien",     "chuan bi", "mang",        "nao",     "o dau",     "dau"};

std::string padded(const std::string& folded) { return " " + folded + " "; }

std::string without_question_words(std::string text) {
  for (const auto& word : kQuestionWords) {
    const auto needle = padded(std::string(word));
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle))
      text.replace(at, needle.size(), " ");
  }
  std::istringstream words(text);
  std::string out;
  for (std::string word; words >> word;) out += (out.empty() ? "" : " ") + word;
  return out;
}

// A dossier code among the words: the first that parses as one.
std::string code_in(std::string_view text) {
  std::istringstream words{std::string(text)};
  for (std::string word; words >> word;) {
    while (!word.empty() && std::string_view(".,;:?!\"'()").find(word.back()) != std::string::npos)
      word.pop_back();
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (parse_dossier_code(word)) return word;
  }
  return "";
}

}  // namespace

AssistantQuestion read_question(std::string_view text) {
  AssistantQuestion question;
  question.dossier_code = code_in(text);
  if (!question.dossier_code.empty()) {
    question.topic = AssistantTopic::dossier_status;
    return question;
  }
  std::string folded;
  for (const auto& term : search_terms(text)) folded += " " + term;
  const auto words = padded(folded);
  for (const auto& cue : kCues) {
    const bool found = std::any_of(cue.phrases.begin(), cue.phrases.end(), [&](auto phrase) {
      return words.find(std::string(phrase)) != std::string::npos;
    });
    if (found) {
      question.topic = cue.topic;
      break;
    }
  }
  question.search_text = without_question_words(words);
  return question;
}

double question_overlap(std::string_view question, std::string_view answered) {
  const auto offered = search_terms(answered);
  const std::set<std::string> known(offered.begin(), offered.end());
  std::set<std::string> asked;
  for (auto& term : search_terms(question))
    if (term.size() >= 2) asked.insert(std::move(term));
  if (asked.empty()) return 0;
  const auto found = std::count_if(asked.begin(), asked.end(),
                                   [&](const std::string& term) { return known.contains(term); });
  return static_cast<double>(found) / static_cast<double>(asked.size());
}

}  // namespace motcua::core
