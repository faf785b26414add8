#pragma once
// The small form of each back-office action (API.md "Back office"): which fields it asks for, how
// it is drawn with the values and messages of the last try, and the JSON parameters a post makes
// for OfficialWork::act.
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/lifecycle.hpp"
#include "core/procedure.hpp"
#include "views/i18n.hpp"
#include "web/pages/form_view.hpp"

namespace motcua::web::backoffice {

struct ForwardTarget {
  std::string value;  // a username or a unit code
  std::string label;
  bool is_unit = false;
};

struct ActionFormInput {
  std::string code;  // the dossier's code
  std::string csrf;
  std::vector<core::Component> components;  // for request-supplement
  std::vector<ForwardTarget> targets;       // for forward
  // The action whose post failed, with what was posted and the messages per field.
  std::string failed_action;
  PostedFields posted;
  FieldMessages messages;
};

nlohmann::json action_form_view(const views::Translations& translations, const std::string& lang,
                                core::Action action, const ActionFormInput& input);

// The parameters of `action` from a posted form; fields the action does not take are ignored.
nlohmann::json action_params(core::Action action, const PostedFields& posted);

// The HTML id of an action's field, for the error summary's links.
std::string action_field_id(core::Action action, const std::string& field);

}  // namespace motcua::web::backoffice
