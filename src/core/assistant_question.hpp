#pragma once
// What a question put to the virtual assistant (trợ lý ảo, issue "reports… administration") asks,
// read from its words with or without diacritics: the status of a dossier (a code in it, or "my
// dossiers"), or about a procedure (its fee, its time, its papers, or what it is), and the words
// left to find the procedure by.
#include <string>
#include <string_view>
#include <vector>

namespace motcua::core {

enum class AssistantTopic { dossier_status, my_dossiers, fee, duration, papers, procedure };

struct AssistantQuestion {
  AssistantTopic topic = AssistantTopic::procedure;
  std::string dossier_code;  // for dossier_status
  std::string search_text;   // the words that name the procedure, question words removed
};

AssistantQuestion read_question(std::string_view text);

// How much of a question an answered one covers: the share of the question's words (folded, two
// letters or more) found among `answered`'s words, 0 when the question has none.
double question_overlap(std::string_view question, std::string_view answered);

// Enough overlap to offer an answered question as the answer.
inline constexpr double kSameQuestion = 0.7;

}  // namespace motcua::core
