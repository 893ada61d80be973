"""petdesk: desktop tool for the regional offices of a city network in environmental-technology cooperation."""

__version__ = "0.1.0"
