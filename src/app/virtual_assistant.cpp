#include "app/virtual_assistant.hpp"

#include "app/applicant_dossiers.hpp"
#include "app/catalog.hpp"
#include "app/errors.hpp"
#include "core/assistant_question.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::AssistantTopic;

constexpr int kHits = 3;
constexpr std::size_t kListed = 8;
constexpr int kPublishedScanned =
    200;  // the latest published questions compared with the asked one

std::string vnd(long long amount) {
  auto digits = std::to_string(amount);
  for (auto at = static_cast<long long>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), ".");
  return digits + " đồng";
}

std::string fees_text(const core::Procedure& p) {
  std::string text;
  for (const auto& fee : p.fees)
    text += (text.empty() ? "" : "; ") + fee.name + ": " + vnd(fee.amount_vnd);
  return text;
}

std::string papers_text(const core::Procedure& p) {
  std::string text;
  for (std::size_t i = 0; i < p.components.size() && i < kListed; ++i)
    text += (text.empty() ? "" : "; ") + p.components[i].name;
  return text;
}

AssistantAnswer unknown(const std::string& question) {
  return {false,
          "assistant.unknown",
          {},
          {{"assistant.link.search", "/thu-tuc?q=" + core::percent_encode(question)},
           {"assistant.link.faq", "/ho-tro/cau-hoi-thuong-gap"},
           {"assistant.link.feedback", "/phan-anh-kien-nghi"}}};
}

// A published question that asks what this one asks, with the answer it was given.
std::optional<AssistantAnswer> answered_before(Services& services, const std::string& text) {
  std::vector<Feedback> published;
  services.store.read([&](Transaction& tx) {
    published = tx.list_feedback(
        {.kind = core::FeedbackKind::question, .published_only = true, .limit = kPublishedScanned});
  });
  const Feedback* best = nullptr;
  double best_overlap = core::kSameQuestion;
  for (const auto& question : published) {
    const auto overlap = core::question_overlap(text, question.subject + " " + question.body);
    if (overlap >= best_overlap) {
      best = &question;
      best_overlap = overlap;
    }
  }
  if (best == nullptr) return std::nullopt;
  return AssistantAnswer{true,
                         "assistant.answered_before",
                         {{"question", best->subject}, {"answer", best->answer}},
                         {{best->subject, "/ho-tro/hoi-dap/" + best->code}}};
}

AssistantAnswer about(const core::Procedure& p, AssistantTopic topic) {
  AssistantAnswer answer{true, "", {{"name", p.name}}, {{p.name, "/thu-tuc/" + p.code}}};
  switch (topic) {
    case AssistantTopic::fee:
      answer.message_key = p.fees.empty() ? "assistant.no_fee" : "assistant.fee";
      answer.params["fees"] = fees_text(p);
      break;
    case AssistantTopic::duration:
      answer.message_key = "assistant.duration";
      answer.params["days"] = std::to_string(p.duration_working_days);
      break;
    case AssistantTopic::papers:
      answer.message_key = "assistant.papers";
      answer.params["papers"] = papers_text(p);
      break;
    default:
      answer.message_key = "assistant.procedure";
      answer.params["days"] = std::to_string(p.duration_working_days);
      answer.params["level"] = std::string(core::service_level_name(p.level));
  }
  return answer;
}

}  // namespace

AssistantAnswer VirtualAssistant::answer(const std::string& question,
                                         const std::optional<Principal>& who) {
  const auto text = core::trim(question);
  if (text.empty() || text.size() > kLongestQuestion || !core::is_valid_utf8(text))
    throw_invalid({{"q", "error.assistant_question"}});
  const auto read = core::read_question(text);
  if (read.topic == AssistantTopic::dossier_status) {
    try {
      const auto found = lookup(services_, read.dossier_code);
      return {true,
              "assistant.status",
              {{"code", found.code},
               {"procedure", found.procedure_name},
               {"status", std::string(core::status_national_name(found.status))}},
              {{found.code, "/tra-cuu?ma=" + found.code}}};
    } catch (const AppError&) {
      return {true,
              "assistant.no_dossier",
              {{"code", read.dossier_code}},
              {{"assistant.link.lookup", "/tra-cuu"}}};
    }
  }
  if (read.topic == AssistantTopic::my_dossiers) {
    if (!who) return {true, "assistant.sign_in", {}, {{"assistant.link.sign_in", "/dang-nhap"}}};
    const auto mine = ApplicantDossiers(services_).mine(*who, 1);
    return {true,
            "assistant.mine",
            {{"count", std::to_string(mine.total)}},
            {{"assistant.link.mine", "/ho-so"}}};
  }
  if (auto before = answered_before(services_, text)) return *before;
  if (read.search_text.empty()) return unknown(text);
  ProcedureQuery query;
  query.text = read.search_text;
  query.per_page = kHits;
  const auto hits = Catalog(services_).search(query);
  if (hits.items.empty()) return unknown(text);
  auto answer = about(Catalog(services_).get(hits.items.front().procedure.code), read.topic);
  for (std::size_t i = 1; i < hits.items.size(); ++i)
    answer.links.push_back(
        {hits.items[i].procedure.name, "/thu-tuc/" + hits.items[i].procedure.code});
  return answer;
}

}  // namespace motcua::app
