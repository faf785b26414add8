// The agency tree for administrators: GET /api/v1/admin/units lists every unit, parents first;
// PUT /api/v1/admin/units/{code} creates or changes one (201 created, 200 changed), audited.
#include "app/errors.hpp"
#include "app/unit_admin.hpp"
#include "web/api/api_support.hpp"

namespace motcua::web::api {
namespace {

using nlohmann::json;

json unit_json(const core::Unit& unit, const std::vector<core::Unit>& units) {
  std::string parent;
  for (const auto& u : units)
    if (unit.parent_id && u.id == *unit.parent_id) parent = u.code;
  return {{"code", unit.code},
          {"name", unit.name},
          {"parent", parent.empty() ? json() : json(parent)},
          {"kind", std::string(core::unit_kind_name(unit.kind))},
          {"receives_for_province", unit.receives_for_province},
          {"address", unit.address},
          {"phone", unit.phone},
          {"email", unit.email}};
}

Response list(WebContext& context, Request&, Caller& caller) {
  const auto units = app::UnitAdmin(context.services).list(signed_in(caller));
  json items = json::array();
  for (const auto& unit : units) items.push_back(unit_json(unit, units));
  return ok({{"items", items}});
}

Response save(WebContext& context, Request& request, Caller& caller) {
  const auto body = json_object_body(request);
  bool receives = false;
  if (body.contains("receives_for_province")) {
    if (!body["receives_for_province"].is_boolean())
      app::throw_invalid({{"receives_for_province", "error.form_shape"}});
    receives = body["receives_for_province"].get<bool>();
  }
  const app::UnitInput input{request.param("code"),
                             string_member(body, "name"),
                             string_member(body, "parent"),
                             string_member(body, "kind"),
                             receives,
                             string_member(body, "address"),
                             string_member(body, "phone"),
                             string_member(body, "email")};
  app::UnitAdmin admin(context.services);
  const auto saved = admin.save(signed_in(caller), input, client_address(context, request));
  const auto out = unit_json(saved.unit, admin.list(signed_in(caller)));
  return saved.created ? created(out) : ok(out);
}

}  // namespace

void register_unit_admin_routes(Router& router, WebContext& context) {
  add_route(router, context, Method::get, "/api/v1/admin/units", list);
  add_route(router, context, Method::put, "/api/v1/admin/units/{code}", save);
}

}  // namespace motcua::web::api
