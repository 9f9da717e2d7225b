//! Embeds every `gazetteers/*.tsv` in the binary as the default knowledge, so that adding a
//! file there needs no code change.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("gazetteers");
    println!("cargo:rerun-if-changed=gazetteers");
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("gazetteers/ is part of the package")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tsv"))
        .collect();
    names.sort();
    let mut code = String::from("pub const EMBEDDED: &[(&str, &str)] = &[\n");
    for name in &names {
        println!("cargo:rerun-if-changed=gazetteers/{name}");
        code.push_str(&format!(
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/gazetteers/{name}\"))),\n"
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
