#pragma once
// The national portal as a citizen's browser sees it, and the simulator's home page: someone
// trying motcua files a dossier "on the national portal" here and watches the statuses the
// province reports back arrive, with no test or script in between.
#include "dvcqg.hpp"
#include "web/http/router.hpp"

namespace motcua::sim {

class NationalPortalPages {
 public:
  explicit NationalPortalPages(Dvcqg& dvcqg) : dvcqg_(dvcqg) {}
  // Browser pages only: no failure injection, which is for the calls motcua makes.
  void install(web::Router& router);

 private:
  web::Response submit(const web::Request& request);
  web::Response dossier_page(const web::Request& request);

  Dvcqg& dvcqg_;
};

}  // namespace motcua::sim
