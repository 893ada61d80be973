"""Writes the imitation contact files of field test 90 (run from this folder)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).parent


def _csv(rows: list[list[str]], **kw: object) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n", **kw).writerows(rows)  # type: ignore[arg-type]
    return buf.getvalue()


OUTLOOK_ES = [
    ["Nombre", "Apellidos", "Organización", "Puesto", "Correo electrónico", "Móvil", "Notas"],
    [
        "María José",
        "García Márquez",
        "TransMilenio S.A.",
        "Directora de Planeación",
        "mj.garcia@transmilenio.example.co",
        "+57 300 123 4567",
        "Llega 31/03/2027",
    ],
    [
        "Juan Carlos",
        "de la Torre Peña",
        "Alcaldía de Bogotá",
        "Asesor de Movilidad",
        "jc.delatorre@bogota.example.gov.co",
        "+57 310 555 0101",
        "",
    ],
    [
        "Ana Lucía",
        "Muñoz Ibáñez",
        "Metro de Medellín",
        "Jefa de Electromovilidad",
        "anamunoz@metrodemedellin.example.co",
        "+57 304 987 6543",
        "apodo: Lucha",
    ],
    [
        "Santiago",
        "Ocampo Londoño",
        "Metro de Medellín",
        "Ingeniero de Flota",
        "socampo@metrodemedellin.example.co",
        "+57 (4) 444 5566",
        "",
    ],
]
GOOGLE_BR = [
    [
        "Nome",
        "Nome do meio",
        "Sobrenome",
        "Apelido",
        "Empresa",
        "Cargo",
        "E-mail 1 - Valor",
        "Telefone 1 - Valor",
        "Aniversário",
        "Observações",
    ],
    [
        "João Pedro",
        "",
        "Gonçalves da Costa Júnior",
        "Joãozinho",
        "URBS – Urbanização de Curitiba",
        "Gerente de BRT",
        "joao.costa@urbs.example.com.br",
        "+55 (41) 99876-5432",
        "31/03/1980",
        "Chega 31/03/2027",
    ],
    [
        "Luiz Fernando",
        "",
        "Araújo Filho",
        "",
        "Prefeitura de Curitiba",
        "Secretário Adjunto",
        "luiz.araujo@curitiba.example.pr.gov.br",
        "+55 (41) 3350-8484",
        "",
        "",
    ],
    [
        "Conceição",
        "",
        "Ribeiro Neto",
        "Ção",
        "URBS – Urbanização de Curitiba",
        "Analista",
        "conceicao.neto@urbs.example.com.br",
        "+55 41 98765-4321",
        "",
        "",
    ],
]
WHATSAPP_VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Andrés Felipe;;;\r\nFN:Andrés Felipe García\r\n"
    "item1.TEL;waid=573001234568:+57 300 1234568\r\nitem1.X-ABLabel:Celular\r\nEND:VCARD\r\n"
)
GMAIL_VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Garcia;Maria Jose;;;\r\nFN:Maria Jose Garcia\r\n"
    "EMAIL;TYPE=INTERNET:mariajose.garcia@gmail.example.com\r\nEND:VCARD\r\n"
)

if __name__ == "__main__":
    (HERE / "outlook_es_cp1252.csv").write_bytes(_csv(OUTLOOK_ES, quoting=csv.QUOTE_ALL).encode("cp1252"))
    (HERE / "google_contacts_pt_br.csv").write_text(_csv(GOOGLE_BR), encoding="utf-8", newline="")
    (HERE / "whatsapp_andres.vcf").write_text(WHATSAPP_VCF, encoding="utf-8", newline="")
    (HERE / "gmail_maria_jose.vcf").write_text(GMAIL_VCF, encoding="utf-8", newline="")
