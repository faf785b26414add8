#pragma once
// Owning handles for the C objects of cairo, pango, glib and libqrencode: each is released exactly
// once, on every path, including when drawing throws half-way through a page.
#include <cairo.h>
#include <glib-object.h>
#include <glib.h>
#include <pango/pango.h>

#include <memory>

namespace motcua::printouts {

template <auto Release>
struct Releaser {
  template <typename T>
  void operator()(T* object) const noexcept {
    if (object != nullptr) Release(object);
  }
};

using SurfaceHandle = std::unique_ptr<cairo_surface_t, Releaser<cairo_surface_destroy>>;
using CairoHandle = std::unique_ptr<cairo_t, Releaser<cairo_destroy>>;
using FontOptionsHandle =
    std::unique_ptr<cairo_font_options_t, Releaser<cairo_font_options_destroy>>;
using PangoLayoutHandle = std::unique_ptr<PangoLayout, Releaser<g_object_unref>>;
using FontDescriptionHandle =
    std::unique_ptr<PangoFontDescription, Releaser<pango_font_description_free>>;
using AttrListHandle = std::unique_ptr<PangoAttrList, Releaser<pango_attr_list_unref>>;
using GStringHandle = std::unique_ptr<gchar, Releaser<g_free>>;

}  // namespace motcua::printouts
