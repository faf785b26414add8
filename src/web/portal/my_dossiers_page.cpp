// "my dossiers" /ho-so (requirements P20, Circular 21/2023 Art 5.1(k)): the applicant's
// dossiers filtered by status, what waits on them first, the drafts to continue or discard.
#include <algorithm>

#include "app/my_dossiers.hpp"
#include "web/pages/dossier_views.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/portal/catalog_view.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr int kPerPage = 20;
constexpr int kDraftsShown = 5;  // the latest; the "Bản nháp" filter lists them all

int page_number(const PageRequest& page) {
  try {
    return std::clamp(std::stoi(page.http.query_or("page", "1")), 1, 100000);
  } catch (const std::exception&) {
    return 1;  // a mangled page number shows the first page
  }
}

std::string list_url(const std::string& status) {
  return status.empty() ? "/ho-so" : "/ho-so?status=" + url_encode(status);
}

json chip(const std::string& status, const std::string& label, long long count,
          const std::string& current) {
  return {{"url", list_url(status)},
          {"label", label},
          {"count", count},
          {"current", status == current},
          {"is_action", status == "action"}};
}

// "All", "Waiting on you", "Drafts", then each status the applicant has dossiers in.
json chips_view(const PageRequest& page, const app::MyDossiers& found, const std::string& current) {
  long long submitted = 0;
  for (const auto& [code, count] : found.counts)
    if (code != 0) submitted += count;
  const auto drafts = found.counts.count(0) > 0 ? found.counts.at(0) : 0;
  json chips = json::array();
  chips.push_back(chip("", page.text("account.mine.all"), submitted, current));
  chips.push_back(chip("action", page.text("account.mine.action"), found.action_needed, current));
  chips.push_back(chip("draft", page.text("account.mine.drafts"), drafts, current));
  for (const auto& [code, count] : found.counts) {
    const auto status = core::status_from_code(code);
    if (code == 0 || !status || count == 0) continue;
    chips.push_back(chip(std::to_string(code),
                         page.text("portal.status." + std::string(core::status_key(*status))),
                         count, current));
  }
  return chips;
}

// The step the row leads to: what the applicant must do, or following the dossier.
json next_action(const PageRequest& page, const core::Dossier& dossier) {
  const auto action = app::applicant_action(dossier.lifecycle.status);
  const auto key =
      action.empty() ? (core::is_terminal(dossier.lifecycle.status) ? "view" : "track") : action;
  const auto anchor = action == "supplement" ? "#bo-sung" : "";
  return {{"label", page.text("account.mine.action." + std::string(key))},
          {"href", "/ho-so/" + dossier.code + anchor},
          {"needs_you", !action.empty()}};
}

json rows_view(const PageRequest& page, const std::vector<core::Dossier>& dossiers) {
  const auto now = page.context.services.clock.now();
  json rows = json::array();
  for (const auto& dossier : dossiers) {
    auto row = dossier_row_view(page.context.translations, page.lang(), dossier, now);
    row["next"] = next_action(page, dossier);
    row["needs_you"] = row["next"]["needs_you"];
    rows.push_back(std::move(row));
  }
  return rows;
}

json drafts_view(const PageRequest& page, const std::vector<core::Dossier>& drafts) {
  json rows = json::array();
  for (const auto& draft : drafts) {
    const std::map<std::string, std::string> name{{"name", draft.procedure_name}};
    rows.push_back({{"id", draft.id},
                    {"procedure", draft.procedure_name},
                    {"saved_at", display_time(draft.updated_at)},
                    {"continue_label", page.context.translations.format(
                                           page.lang(), "account.mine.continue_named", name)},
                    {"delete_label", page.context.translations.format(
                                         page.lang(), "account.mine.delete_named", name)}});
  }
  return rows;
}

std::string notice_of(const PageRequest& page) {
  if (page.http.query_or("thong-bao", "") == "da-xoa") return page.text("account.mine.deleted");
  return "";
}

Response mine(PageRequest& page) {
  auto status = page.http.query_or("status", "");
  const bool drafts_only = status == "draft";
  app::MyDossiersQuery query{
      status, false, true, page_number(page), kPerPage, status.empty() ? kDraftsShown : 0};
  app::OwnDossiers own(page.context.services);
  std::string filter_error;
  if (!app::statuses_of_filter(status)) {
    filter_error = page.text("account.mine.filter_ignored");
    query.status = status = "";
  }
  const auto found = own.list(page.principal(), query);
  const auto& drafts = drafts_only ? found.dossiers : found.drafts;
  json model{{"title", page.text("dossier.mine_title")},
             {"nav", "mine"},
             {"flash", notice_of(page)},
             {"filter_error", filter_error},
             {"chips", chips_view(page, found, status)},
             {"has_action", found.action_needed > 0},
             {"action_summary",
              page.context.translations.format(page.lang(), "account.mine.action_summary",
                                               {{"count", std::to_string(found.action_needed)}})},
             {"show_table", !drafts_only},
             {"show_drafts", drafts_only || status.empty()},
             {"drafts_only", drafts_only},
             {"filtered", !status.empty()},
             {"dossiers", rows_view(page, found.dossiers.items)},
             {"has_dossiers", !found.dossiers.items.empty()},
             {"drafts", drafts_view(page, drafts.items)},
             {"has_drafts", !drafts.items.empty()},
             {"more_drafts", !drafts_only && found.drafts.total > kDraftsShown},
             {"drafts_total", found.drafts.total},
             {"pagination", pagination_view(status.empty() ? "/ho-so?" : list_url(status) + "&",
                                            query.page, found.dossiers.total, kPerPage)}};
  return render_page(page, "portal/my_dossiers", std::move(model));
}

long long draft_id(const PageRequest& page) {
  const auto ref = page.http.param("ref");
  if (ref.empty() || ref.size() > 18 || !std::all_of(ref.begin(), ref.end(), ::isdigit))
    app::throw_not_found("dossier");
  return std::stoll(ref);
}

Response confirm_delete(PageRequest& page) {
  const auto draft =
      app::OwnDossiers(page.context.services).find_draft(page.principal(), draft_id(page));
  return render_page(
      page, "portal/delete_draft",
      {{"title", page.text("account.mine.delete_title")},
       {"nav", "mine"},
       {"csrf", page.csrf_token()},
       {"id", draft.id},
       {"text", page.context.translations.format(
                    page.lang(), "account.mine.delete_text",
                    {{"name", draft.procedure_name}, {"time", display_time(draft.updated_at)}})}});
}

Response delete_draft(PageRequest& page) {
  app::OwnDossiers(page.context.services)
      .delete_draft(page.principal(), draft_id(page), client_address(page.context, page.http));
  return see_other("/ho-so?thong-bao=da-xoa");
}

}  // namespace

void register_my_dossiers_page(Router& router, WebContext& context) {
  add_kept_page(router, context, "/ho-so", mine);
  add_page(router, context, Method::get, "/ho-so/{ref}/xoa", confirm_delete);
  add_page(router, context, Method::post, "/ho-so/{ref}/xoa", delete_draft);
}

}  // namespace motcua::web::portal
