"""Can this PC reach a database server with these settings? Asked before a choice of server is kept."""

from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from storage.credentials import shown
from storage.errors import StorageError, driver_detail


def check_server(url: str, timeout_seconds: int = 5) -> None:
    """Connect once and ask the server something; a StorageError says, in Vietnamese, what went wrong."""
    engine = create_engine(url, connect_args={"connect_timeout": timeout_seconds})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        raise StorageError(f"Không kết nối được “{shown(url)}”: {driver_detail(error)}") from error
    finally:
        engine.dispose()
