#pragma once
// Trợ lý ảo (issue "reports… administration", requirements P19): answers questions about
// procedures (fees, time, papers), a dossier's status and "my dossiers", from the published
// questions and answers, the catalog and the caller's own dossiers, by search, with or without
// diacritics. It says when it does not know and always links to the page that holds the full
// answer.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct AssistantLink {
  std::string title;
  std::string url;
};

// The answer as a message of the translation catalog and its values, so every language says it.
struct AssistantAnswer {
  bool known = false;
  std::string message_key;
  std::map<std::string, std::string> params;
  std::vector<AssistantLink> links;
};

inline constexpr std::size_t kLongestQuestion = 300;

class VirtualAssistant {
 public:
  explicit VirtualAssistant(Services& services) : services_(services) {}

  // `who` is the signed-in caller, if any. invalid_input for an empty or overlong question.
  AssistantAnswer answer(const std::string& question, const std::optional<Principal>& who);

 private:
  Services& services_;
};

}  // namespace motcua::app
