# Front-end assets: static/scss/site.scss (USWDS 3.14 + the project's partials) compiled by sass
# into <build>/static/css/site.css, with the Public Sans files and the USWDS icons it references.
# The server serves <binary's folder>/static before the source static/ folder, so a build tree and
# an installed binary both find the compiled CSS beside the executable.
option(MOTCUA_ASSETS "Compile the stylesheet with sass (needs `npm ci`, run by scripts/setup)" ON)

if(MOTCUA_ASSETS)
  set(motcua_node_modules ${PROJECT_SOURCE_DIR}/node_modules)
  set(motcua_sass ${motcua_node_modules}/.bin/sass)
  if(NOT EXISTS ${motcua_sass})
    message(FATAL_ERROR "sass not found in node_modules: run scripts/setup (npm ci --ignore-scripts), "
                        "or configure with -DMOTCUA_ASSETS=OFF to build without the stylesheet")
  endif()
  find_program(MOTCUA_NODE node REQUIRED)

  set(motcua_static_out ${CMAKE_BINARY_DIR}/static)
  file(GLOB motcua_scss CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/static/scss/*.scss)
  set(motcua_css ${motcua_static_out}/css/site.css)
  add_custom_command(
    OUTPUT ${motcua_css}
    COMMAND ${MOTCUA_NODE} ${motcua_node_modules}/sass/sass.js
            --load-path=${motcua_node_modules}/@uswds/uswds/packages --no-source-map
            --style=compressed --quiet-deps ${PROJECT_SOURCE_DIR}/static/scss/site.scss ${motcua_css}
    COMMAND ${CMAKE_COMMAND} -DCSS=${motcua_css} -DOUT=${motcua_static_out}
            -DUSWDS=${motcua_node_modules}/@uswds/uswds/dist
            -DFONTS=${motcua_node_modules}/@fontsource/public-sans/files
            -P ${PROJECT_SOURCE_DIR}/cmake/copy_css_assets.cmake
    DEPENDS ${motcua_scss} ${PROJECT_SOURCE_DIR}/package-lock.json
            ${PROJECT_SOURCE_DIR}/cmake/copy_css_assets.cmake
    COMMENT "sass static/scss/site.scss → static/css/site.css"
    VERBATIM)
  add_custom_target(motcua_assets ALL DEPENDS ${motcua_css})
endif()
