#include "web/pages/declaration_view.hpp"

#include "core/time.hpp"

namespace motcua::web {

namespace {

constexpr std::size_t kDigestShown = 16;

std::string status_key(const app::DeclarationState& state) {
  if (!state.signature) return "esign.status.unsigned";
  if (!state.covers) return "esign.status.stale";
  return state.valid ? "esign.status.valid" : "esign.status.invalid";
}

}  // namespace

nlohmann::json declaration_view(const PageRequest& page, const app::DeclarationState& state) {
  nlohmann::json view{{"signed", state.signature.has_value()},
                      {"covers", state.covers},
                      {"valid", state.valid && state.covers},
                      {"status", page.text(status_key(state))}};
  if (!state.signature) return view;
  view["signer"] = state.signature->signer_name;
  view["signed_at"] = core::format_display(state.signature->signed_at);
  view["digest"] = state.signature->sha256.substr(0, kDigestShown);
  return view;
}

}  // namespace motcua::web
