"""petdesk: desktop tool for regional offices in international environmental-technology cooperation."""

__version__ = "0.2.0"
